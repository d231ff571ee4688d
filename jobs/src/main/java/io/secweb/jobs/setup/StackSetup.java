package io.secweb.jobs.setup;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.elasticsearch.IndexTemplates;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.security.KafkaSecurity;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Creates what the jobs expect to exist: the Kafka topics and the Elasticsearch index templates (from
 * schemas/elasticsearch). Idempotent: running it again changes nothing that is already right.
 */
public final class StackSetup {
    private StackSetup() {}

    /**
     * The init step of a cluster deployment (compose, Kubernetes): {@code --config FILE [--replication N]
     * [--skip-topics]} plus the jobs' overrides ({@code --kafka}, {@code --es-url}); creates every topic of the
     * namespace with {@code kafka.partitions} partitions and N replicas (unless {@code --skip-topics}: on Kubernetes
     * Strimzi's KafkaTopic resources own them), checks access to Elasticsearch and installs the index templates. Credentials come from the environment or the secrets file, as for the jobs. Exit code 2 on bad
     * arguments, configuration, credentials or trust, with one line saying what to fix.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The setup step's command line. */
    @Command(name = "setup", description = "Creates the Kafka topics and installs the Elasticsearch index templates (idempotent).")
    static final class Arguments {
        @Mixin
        JobArguments job;

        @Option(names = "--replication", paramLabel = "N", defaultValue = "1", description = "replicas of each topic, 1 to 9 (default 1)")
        short replication;

        @Option(names = "--skip-topics", description = "create no topics (on Kubernetes Strimzi's KafkaTopic resources own them)")
        boolean skipTopics;
    }

    /** {@link #main} without the exit: returns 0 when done, 2 for bad arguments, configuration, credentials or trust. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = new Arguments();
            CommandLine commandLine = new CommandLine(arguments);
            try {
                commandLine.parseArgs(args);
                if (arguments.replication < 1 || arguments.replication > 9) {
                    throw new CommandLine.ParameterException(commandLine, "--replication takes a replication factor from 1 to 9, not "
                            + arguments.replication);
                }
            } catch (CommandLine.ParameterException e) {
                err.println("secweb setup: " + e.getMessage());
                commandLine.usage(err, CommandLine.Help.Ansi.OFF);
                return 2;
            }
            SecwebConfig config = arguments.job.config();
            if (!arguments.skipTopics) {
                createTopics(config.kafka().bootstrapServers(), config.topics().all(), config.kafka().partitions(), arguments.replication);
                out.printf("secweb setup: topics %s (%d partitions, %d replicas) on %s%n", String.join(", ", config.topics().all()),
                        config.kafka().partitions(), arguments.replication, config.kafka().bootstrapServers());
            }
            try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
                clients.requireAccess();
                installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
            }
            out.printf("secweb setup: index templates %s-{%s} on %s%n", config.elasticsearch().indexPrefix(),
                    String.join(",", SecwebNames.INDEX_KINDS), config.elasticsearch().url());
            return 0;
        } catch (ConfigException e) {
            err.println("secweb setup: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("secweb setup: " + e.getMessage());
            return 1;
        }
    }

    /** Creates the given topics with {@code partitions} partitions and replication factor 1 unless they exist. */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions, short replication) {
        KafkaSecurity security = KafkaSecurity.fromEnvironment();
        Properties props = security.clientProperties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> wanted = new ArrayList<>();
            for (String t : topics) {
                wanted.add(new NewTopic(t, partitions, replication));
            }
            for (var entry : admin.createTopics(wanted).values().entrySet()) {
                try {
                    entry.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        String why = security.explain(e, bootstrapServers);
                        if (why != null) {
                            throw new ConfigException(why);
                        }
                        throw new IllegalStateException("creating Kafka topic " + entry.getKey() + " failed: " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** Creates every secweb topic of a namespace. */
    public static void createTopics(String bootstrapServers, Topics topics, int partitions) {
        createTopics(bootstrapServers, topics.all(), partitions, (short) 1);
    }

    /**
     * Installs the index template of each kind, and creates this year's index of each kind, for indices {@code <prefix>-<kind>-*} with alias {@code <prefix>-<kind>}.
     * The bundled templates are written for the prefix "secweb"; another prefix (tests, replays) is substituted.
     */
    public static void installTemplates(ElasticsearchClient client, String prefix) {
        for (String kind : SecwebNames.INDEX_KINDS) {
            String json = IndexTemplates.json(kind, prefix);
            try {
                client.indices().putIndexTemplate(t -> t.name(SecwebNames.templateName(prefix, kind)).withJson(new StringReader(json)));
                // an index for this year, so that the alias exists (and dashboards can query it) before the first document
                String index = SecwebNames.index(prefix, kind, Year.now(ZoneOffset.UTC).getValue());
                if (!client.indices().exists(e -> e.index(index)).value()) {
                    try {
                        client.indices().create(c -> c.index(index));
                    } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                        if (!"resource_already_exists_exception".equals(e.error().type())) {
                            throw e;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("installing the index template for " + prefix + "-" + kind + " failed", e);
            }
        }
    }

    /** Deletes every index and template of a prefix (tests and replay runs clean up after themselves). */
    public static void deleteIndices(ElasticsearchClient client, String prefix) {
        try {
            for (String kind : SecwebNames.INDEX_KINDS) {
                // the node refuses wildcard deletes (action.destructive_requires_name), so resolve the names first
                var names = client.indices().get(g -> g.index(SecwebNames.alias(prefix, kind) + "-*").allowNoIndices(true)
                        .ignoreUnavailable(true)).indices().keySet();
                if (!names.isEmpty()) {
                    client.indices().delete(d -> d.index(List.copyOf(names)));
                }
                if (client.indices().existsIndexTemplate(e -> e.name(SecwebNames.templateName(prefix, kind))).value()) {
                    client.indices().deleteIndexTemplate(d -> d.name(SecwebNames.templateName(prefix, kind)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
