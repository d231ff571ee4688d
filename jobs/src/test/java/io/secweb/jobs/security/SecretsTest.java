package io.secweb.jobs.security;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.Secrets;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where secrets come from, how they become client settings, and the messages for the ways they can be wrong. */
class SecretsTest {
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void withNoSecretsKafkaStaysPlaintextAndAddsNoClientProperties() {
        KafkaSecurity security = KafkaSecurity.from(Secrets.from(Map.of(), null));

        assertThat(security.protocol()).isEqualTo("PLAINTEXT");
        assertThat(security.clientProperties()).isEmpty();
    }

    @Test
    void anEnvironmentVariableWinsOverTheSecretsFile() throws IOException {
        Path f = file("s.properties", "SECWEB_KAFKA_USERNAME=from-file\nSECWEB_KAFKA_PASSWORD=file-pw\n");

        Secrets s = Secrets.from(Map.of(Secrets.FILE_VARIABLE, f.toString(), "SECWEB_KAFKA_PASSWORD", "env-pw"), null);

        assertThat(s.get(Secrets.KAFKA_USERNAME)).contains("from-file");
        assertThat(s.get(Secrets.KAFKA_PASSWORD)).contains("env-pw");
        assertThat(s.origin(Secrets.KAFKA_USERNAME)).isEqualTo("SECWEB_KAFKA_USERNAME in the secrets file " + f);
    }

    @Test
    void credentialsWithoutAProtocolMeanSaslOverTlsWithScram() {
        var p = KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_USERNAME", "svc", "SECWEB_KAFKA_PASSWORD", "pw\"x"), null))
                .clientProperties();

        assertThat(p.getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(p.getProperty("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(p.getProperty("sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"svc\" password=\"pw\\\"x\";");
    }

    @Test
    void theKafkaCaTravelsAsPemText() throws IOException {
        Path ca = file("ca.pem", PEM);

        var p = KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_USERNAME", "svc", "SECWEB_KAFKA_PASSWORD", "pw",
                "SECWEB_KAFKA_SASL_MECHANISM", "PLAIN", "SECWEB_KAFKA_CA_FILE", ca.toString()), null)).clientProperties();

        assertThat(p.getProperty("ssl.truststore.type")).isEqualTo("PEM");
        assertThat(p.getProperty("ssl.truststore.certificates")).isEqualTo(PEM);
        assertThat(p.getProperty("sasl.jaas.config")).startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required");
    }

    @Test
    void saslWithoutAPasswordIsRefusedNamingTheMissingVariable() {
        assertThatThrownBy(() -> KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "SECWEB_KAFKA_USERNAME", "svc"), null)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Kafka security protocol SASL_SSL needs SECWEB_KAFKA_USERNAME and SECWEB_KAFKA_PASSWORD (in the environment "
                        + "or the secrets file); SECWEB_KAFKA_PASSWORD is not set");
    }

    @Test
    void credentialsOverPlaintextAreRefused() {
        assertThatThrownBy(() -> KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                "SECWEB_KAFKA_USERNAME", "svc", "SECWEB_KAFKA_PASSWORD", "pw"), null)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Kafka credentials are set but the security protocol is PLAINTEXT");
    }

    @Test
    void anUnknownProtocolOrMechanismIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_SECURITY_PROTOCOL", "TLS"), null)))
                .hasMessage("the environment variable SECWEB_KAFKA_SECURITY_PROTOCOL must be one of [PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL], got 'TLS'");
        assertThatThrownBy(() -> KafkaSecurity.from(Secrets.from(Map.of("SECWEB_KAFKA_USERNAME", "a", "SECWEB_KAFKA_PASSWORD", "b",
                "SECWEB_KAFKA_SASL_MECHANISM", "GSSAPI"), null)))
                .hasMessageContaining("SECWEB_KAFKA_SASL_MECHANISM must be one of [SCRAM-SHA-512, SCRAM-SHA-256, PLAIN], got 'GSSAPI'");
    }

    @Test
    void aTypoInTheSecretsFileIsRefusedWithTheKnownKeys() throws IOException {
        Path f = file("s.properties", "SECWEB_KAFKA_PASWORD=pw\n");

        assertThatThrownBy(() -> Secrets.from(Map.of(Secrets.FILE_VARIABLE, f.toString()), null))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("secrets file " + f + ": unknown key(s) [SECWEB_KAFKA_PASWORD]; known keys: SECWEB_KAFKA_SECURITY_PROTOCOL,");
    }

    @Test
    void aMissingSecretsFileOrCaFileIsNamed() throws IOException {
        assertThatThrownBy(() -> Secrets.from(Map.of(), dir.resolve("nope.properties").toString()))
                .hasMessage("secrets file " + dir.resolve("nope.properties") + " (SECWEB_SECRETS_FILE) does not exist");
        Path f = file("s.properties", "SECWEB_ES_CA_FILE=" + dir.resolve("ca.crt") + "\n");
        assertThatThrownBy(() -> ElasticsearchConnection.of("https://es:9200", Secrets.from(Map.of(), f.toString())))
                .hasMessage("SECWEB_ES_CA_FILE in the secrets file " + f + " names " + dir.resolve("ca.crt") + ", which does not exist");
    }

    @Test
    void aCaFileThatIsNotACertificateIsRefused() throws IOException {
        Path notPem = file("key.pem", "-----BEGIN PRIVATE KEY-----\n");

        assertThatThrownBy(() -> ElasticsearchConnection.of("https://es:9200", Secrets.from(Map.of("SECWEB_ES_CA_FILE", notPem.toString()), null)))
                .hasMessageContaining("which holds no PEM certificate");
    }

    @Test
    void anElasticsearchCaWithAPlainHttpUrlIsRefused() throws IOException {
        Path ca = file("ca.crt", PEM);

        assertThatThrownBy(() -> ElasticsearchConnection.of("http://es:9200", Secrets.from(Map.of("SECWEB_ES_CA_FILE", ca.toString()), null)))
                .hasMessage("the environment variable SECWEB_ES_CA_FILE is set but the Elasticsearch url http://es:9200 is plain http; use https://");
    }

    @Test
    void anElasticsearchUserWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> ElasticsearchConnection.of("https://es:9200", Secrets.from(Map.of("SECWEB_ES_USERNAME", "svc"), null)))
                .hasMessageContaining("needs both SECWEB_ES_USERNAME and SECWEB_ES_PASSWORD; only the environment variable SECWEB_ES_USERNAME is set");
    }

    @Test
    void noTextFormOfTheSettingsShowsAPassword() {
        Secrets s = Secrets.from(Map.of("SECWEB_KAFKA_USERNAME", "svc", "SECWEB_KAFKA_PASSWORD", "kafka-secret-1",
                "SECWEB_ES_USERNAME", "svc", "SECWEB_ES_PASSWORD", "es-secret-2", "SECWEB_ES_API_KEY", "key-secret-3"), null);

        assertThat(s.toString() + KafkaSecurity.from(s) + ElasticsearchConnection.of("https://es:9200", s))
                .contains("svc", "****")
                .doesNotContain("kafka-secret-1", "es-secret-2", "key-secret-3");
    }
}
