package io.secweb.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker (combined broker and controller, KRaft mode) running in this JVM.
 * The data directory survives a restart of the broker; deleting it is the caller's business.
 */
public final class KafkaBroker implements AutoCloseable {
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final SaslUser user;
    private final int internalPort;
    private String keystorePassword;
    private KafkaRaftServer server;

    /** A SCRAM-SHA-512 user of a secured broker; added to the cluster metadata when the log directory is formatted. */
    public record SaslUser(String name, String password) {
        @Override
        public String toString() {
            return "SaslUser[" + name + ", password ****]";
        }
    }

    private KafkaBroker(int port, int controllerPort, Path dataDir, SaslUser user) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.user = user;
        this.internalPort = user == null ? 0 : Ports.free();
    }

    /** Formats (once) and starts a broker on {@code port} (0 = a free port) with its log in {@code dataDir}. */
    public static KafkaBroker start(int port, Path dataDir) {
        if (port != 0 && Ports.inUse(port)) {
            throw new IllegalStateException("Kafka cannot listen on port " + port + ": something else is already listening there "
                    + "(another secweb stack? stop it with ./secweb stop, or choose another port with --kafka-port)");
        }
        KafkaBroker broker = new KafkaBroker(port == 0 ? Ports.free() : port, Ports.free(), dataDir, null);
        broker.startServer();
        return broker;
    }

    /**
     * Starts a broker whose client listener is SASL_SSL (SCRAM-SHA-512 over TLS) on a free port, with {@code user} as
     * its one SCRAM user. The TLS certificate (for localhost and 127.0.0.1) is generated with the JDK's keytool into
     * {@code dataDir/tls}; clients trust {@link #caCertificate()}. The broker's own traffic stays on loopback listeners.
     */
    public static KafkaBroker startSecured(Path dataDir, SaslUser user) {
        KafkaBroker broker = new KafkaBroker(Ports.free(), Ports.free(), dataDir, user);
        broker.generateCertificate();
        broker.startServer();
        return broker;
    }

    /** The PEM certificate clients of a secured broker trust (the broker's self-signed certificate). */
    public Path caCertificate() {
        if (user == null) {
            throw new IllegalStateException("this broker runs without TLS: no certificate");
        }
        return dataDir.resolve("tls/broker.pem");
    }

    private void generateCertificate() {
        try {
            Path tls = Files.createDirectories(dataDir.resolve("tls"));
            keystorePassword = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getInstanceStrong().generateSeed(16));
            Path store = tls.resolve("broker.p12");
            Files.deleteIfExists(store);
            keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass:env", "SECWEB_STOREPASS");
            keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass:env", "SECWEB_STOREPASS", "-file", tls.resolve("broker.pem").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keytool(String... args) throws IOException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // the password goes through the environment, never on a command line
        pb.environment().put("SECWEB_STOREPASS", keystorePassword);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }

    Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        if (user == null) {
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        } else {
            p.put("listeners", "SASL_SSL://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort
                    + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort);
            p.put("inter.broker.listener.name", "INTERNAL");
            p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.sasl_ssl.sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
            p.put("listener.name.sasl_ssl.ssl.keystore.location", dataDir.resolve("tls/broker.p12").toString());
            p.put("listener.name.sasl_ssl.ssl.keystore.password", keystorePassword);
        }
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "1");
        // one node: internal topics must not ask for more replicas than exist, or groups and transactions stall silently
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    private void startServer() {
        try {
            Files.createDirectories(dataDir);
            Properties props = serverProperties();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                Path cfg = dataDir.resolve("server.properties");
                try (Writer w = Files.newBufferedWriter(cfg)) {
                    props.store(w, "secweb embedded broker");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                java.util.List<String> format = new java.util.ArrayList<>(java.util.List.of(
                        "format", "-t", Uuid.randomUuid().toString(), "-c", cfg.toString()));
                if (user != null) {
                    format.addAll(java.util.List.of("--add-scram", "SCRAM-SHA-512=[name=" + user.name() + ",password=" + user.password() + "]"));
                }
                int rc = StorageTool.execute(format.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
                if (user != null) {
                    // it holds the keystore password; the running broker has its properties in memory
                    Files.deleteIfExists(cfg);
                }
                if (rc != 0) {
                    throw new IllegalStateException("formatting the Kafka log directory failed" + (user == null ? ": " + out : ""));
                }
            }
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the broker; {@link #restart()} starts it again on the same ports and data. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        stop();
    }
}
