package io.secweb.jobs.security;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.Secrets;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.ElasticsearchNode;
import io.secweb.infra.KafkaBroker;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.ingest.IngestJob;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.KafkaTopics;
import io.secweb.schemas.SecwebNames;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kafka over SASL_SSL (SCRAM-SHA-512) and Elasticsearch with x-pack security (TLS on HTTP, file-realm user), both
 * real and started by this class with certificates generated at test time under the temp folder. Every client gets
 * its credentials and CA from a secrets file named by {@code secweb.secrets.file}, as a deployment would from
 * {@code SECWEB_SECRETS_FILE}.
 */
class SecuredConnectionsIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final String USER = "secweb-writer";
    private static final String KAFKA_PASSWORD = "kafka-" + randomHex();
    private static final String ES_PASSWORD = "es-" + randomHex();

    private static Path base;
    private static KafkaBroker kafka;
    private static ElasticsearchNode elasticsearch;

    private String name;
    private SecwebConfig config;

    @BeforeAll
    static void startSecuredInfrastructure() throws IOException {
        // world-traversable: the Elasticsearch node runs as nobody when the tests run as root
        base = Files.createTempDirectory("secweb-secured-it-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        kafka = KafkaBroker.startSecured(base.resolve("kafka"), new KafkaBroker.SaslUser(USER, KAFKA_PASSWORD));
        elasticsearch = ElasticsearchNode.startSecured(base.resolve("es"), "384m", new ElasticsearchNode.Credentials(USER, ES_PASSWORD));
    }

    @AfterAll
    static void stopSecuredInfrastructure() throws IOException {
        System.clearProperty(Secrets.FILE_PROPERTY);
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void setUp() {
        name = TestNames.unique("secured");
        useSecrets(rightSecrets());
        config = ConfigLoader.parse("""
                kafka:
                  topic_prefix: "%s."
                  consumer_group: %s
                  starting_offsets: earliest
                  transactional_id_prefix: %s
                elasticsearch:
                  index_prefix: %s
                  bulk_flush_interval: 100ms
                flink:
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                """.formatted(name, name, name, name), "test")
                .withKafka(kafka.bootstrapServers())
                .withElasticsearchUrl(elasticsearch.url());
    }

    @AfterEach
    void tearDown() throws IOException {
        useSecrets(rightSecrets());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            StackSetup.deleteIndices(clients.sync(), name);
        }
    }

    private static Map<String, String> rightSecrets() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(Secrets.KAFKA_SECURITY_PROTOCOL, "SASL_SSL");
        s.put(Secrets.KAFKA_SASL_MECHANISM, "SCRAM-SHA-512");
        s.put(Secrets.KAFKA_USERNAME, USER);
        s.put(Secrets.KAFKA_PASSWORD, KAFKA_PASSWORD);
        s.put(Secrets.KAFKA_CA_FILE, kafka.caCertificate().toString());
        s.put(Secrets.ES_USERNAME, USER);
        s.put(Secrets.ES_PASSWORD, ES_PASSWORD);
        s.put(Secrets.ES_CA_FILE, elasticsearch.caCertificate().toString());
        return s;
    }

    /** Writes a secrets file (mode 600, outside the repository) and points secweb at it. */
    private static void useSecrets(Map<String, String> secrets) {
        try {
            Path file = base.resolve("secrets-" + randomHex() + ".properties");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties p = new Properties();
            p.putAll(secrets);
            StringWriter w = new StringWriter();
            p.store(w, null);
            Files.writeString(file, w.toString());
            System.setProperty(Secrets.FILE_PROPERTY, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> rightSecretsWith(String key, String value) {
        Map<String, String> s = rightSecrets();
        if (value == null) {
            s.remove(key);
        } else {
            s.put(key, value);
        }
        return s;
    }

    private void setUpTopicsAndTemplates() throws IOException {
        StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1);
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            clients.requireAccess();
            StackSetup.installTemplates(clients.sync(), name);
        }
    }

    private void runIngestJobOverWhatIsPublished() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        env.setParallelism(1);
        IngestJob.define(env, config, Connectors.Reading.UNTIL_LATEST);
        env.execute("secured-it-" + name);
    }

    private long countEvents() throws IOException {
        String alias = SecwebNames.alias(name, SecwebNames.EVENTS);
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            clients.sync().indices().refresh(r -> r.index(alias));
            return clients.sync().count(c -> c.index(alias)).count();
        }
    }

    @Test
    void theIngestJobRunsEndToEndOverSaslSslAndHttpsWithTheRightCredentialsAndNoSecretIsLogged() throws Exception {
        String logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            setUpTopicsAndTemplates();
            try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
                assertThat(p.publishLines(FeedEvents.sample(), "sample").total()).isEqualTo(FeedEvents.sample().size());
            }
            runIngestJobOverWhatIsPublished();

            assertThat(countEvents()).isEqualTo(FeedEvents.sample().size());
            assertThat(KafkaTopics.readAll(config.kafka().bootstrapServers(), config.topics().events())).hasSize(FeedEvents.sample().size());
            logs = captured.text();
        }
        // the capture saw the clients' configuration dumps, with the secured settings in them...
        assertThat(logs).contains("security.protocol = SASL_SSL", "sasl.mechanism = SCRAM-SHA-512", "sasl.jaas.config = [hidden]",
                "ssl.truststore.certificates = [hidden]");
        // ...and no secret in any form
        String basic = Base64.getEncoder().encodeToString((USER + ":" + ES_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(linesContaining(logs, KAFKA_PASSWORD)).as("log lines with the Kafka password").isEmpty();
        assertThat(linesContaining(logs, ES_PASSWORD)).as("log lines with the Elasticsearch password").isEmpty();
        assertThat(linesContaining(logs, basic)).as("log lines with the Elasticsearch basic-auth header").isEmpty();
        assertThat(KafkaSecurity.fromEnvironment().toString()).doesNotContain(KAFKA_PASSWORD);
        assertThat(ElasticsearchConnection.of(elasticsearch.url()).toString()).doesNotContain(ES_PASSWORD);
    }

    @Test
    void aWrongKafkaPasswordIsRefusedWithAMessageAboutTheCredentials() {
        useSecrets(rightSecretsWith(Secrets.KAFKA_PASSWORD, "not-the-password"));

        assertThatThrownBy(() -> StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Kafka at " + kafka.bootstrapServers() + " refused the credentials of user '" + USER + "' (SCRAM-SHA-512)")
                .hasMessageContaining("SECWEB_KAFKA_PASSWORD")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void kafkaWithoutTheCaCertificateIsRefusedWithAMessageAboutTrust() {
        useSecrets(rightSecretsWith(Secrets.KAFKA_CA_FILE, null));

        assertThatThrownBy(() -> StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TLS with Kafka at " + kafka.bootstrapServers() + " failed")
                .hasMessageContaining("set SECWEB_KAFKA_CA_FILE");
    }

    @Test
    void aWrongElasticsearchPasswordIsRefusedWithAMessageAboutTheCredentials() throws IOException {
        useSecrets(rightSecretsWith(Secrets.ES_PASSWORD, "not-the-password"));

        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            assertThatThrownBy(clients::requireAccess)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("Elasticsearch at " + elasticsearch.url() + " refused user '" + USER + "' (HTTP 401, not authenticated)")
                    .hasMessageContaining("SECWEB_ES_PASSWORD")
                    .hasMessageNotContaining("not-the-password");
        }
    }

    @Test
    void elasticsearchWithoutTheCaCertificateIsRefusedWithAMessageAboutTrust() throws IOException {
        useSecrets(rightSecretsWith(Secrets.ES_CA_FILE, null));

        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            assertThatThrownBy(clients::requireAccess)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("TLS with Elasticsearch at " + elasticsearch.url() + " failed")
                    .hasMessageContaining("set SECWEB_ES_CA_FILE");
        }
    }

    @Test
    void aJobWithAWrongElasticsearchPasswordFailsSayingTheCredentialsWereRefused() throws Exception {
        setUpTopicsAndTemplates();
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            p.publishLines(FeedEvents.sample().subList(0, 3), "three");
        }
        useSecrets(rightSecretsWith(Secrets.ES_PASSWORD, "not-the-password"));

        assertThatThrownBy(this::runIngestJobOverWhatIsPublished)
                .rootCause()
                .hasMessageContaining("refused the sink (HTTP 401, not authenticated for user '" + USER + "')")
                .hasMessageContaining("SECWEB_ES_PASSWORD");
        useSecrets(rightSecrets());
        assertThat(countEvents()).isZero();
    }

    /** The log lines that hold {@code secret}, with the secret itself blanked out so that a failure report does not repeat it. */
    private static List<String> linesContaining(String logs, String secret) {
        return logs.lines().filter(l -> l.contains(secret)).map(l -> l.replace(secret, "<SECRET>")).toList();
    }

    private String[] setupArguments() throws IOException {
        Path file = base.resolve(name + ".yaml");
        Files.writeString(file, """
                kafka:
                  topic_prefix: "%s."
                  partitions: 2
                elasticsearch:
                  index_prefix: %s
                """.formatted(name, name));
        return new String[] {"--config", file.toString(), "--kafka", kafka.bootstrapServers(), "--es-url", elasticsearch.url()};
    }

    @Test
    void theSetupStepCreatesEveryTopicAndIndexTemplateOverTheSecuredConnections() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int exit = StackSetup.run(setupArguments(), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        Properties admin = KafkaSecurity.fromEnvironment().clientProperties();
        admin.put("bootstrap.servers", kafka.bootstrapServers());
        try (org.apache.kafka.clients.admin.Admin a = org.apache.kafka.clients.admin.Admin.create(admin)) {
            var described = a.describeTopics(config.topics().all()).allTopicNames().get();
            assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(config.topics().all());
            assertThat(described.values()).allMatch(d -> d.partitions().size() == 2);
        }
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            for (String kind : SecwebNames.INDEX_KINDS) {
                assertThat(clients.sync().indices().existsIndexTemplate(e -> e.name(SecwebNames.templateName(name, kind))).value()).as(kind).isTrue();
            }
        }
        assertThat(out.toString() + err).doesNotContain(KAFKA_PASSWORD).doesNotContain(ES_PASSWORD);
    }

    @Test
    void theSetupStepWithAWrongPasswordExitsWithTwoAndSaysWhichCredentialsWereRefused() throws IOException {
        useSecrets(rightSecretsWith(Secrets.ES_PASSWORD, "not-the-password"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int exit = StackSetup.run(setupArguments(), new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true),
                new java.io.PrintStream(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("secweb setup: Elasticsearch at " + elasticsearch.url() + " refused user '" + USER + "' (HTTP 401")
                .doesNotContain("not-the-password");
    }

    private static String randomHex() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
