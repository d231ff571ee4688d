package io.secweb.jobs.security;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.Secrets;

import java.io.Serializable;
import java.util.List;
import java.util.Properties;

/**
 * How every secweb Kafka client (Flink sources and sinks, the replay producers, admin clients) authenticates and
 * trusts the brokers: PLAINTEXT (the local stack), SSL, SASL_PLAINTEXT or SASL_SSL with SCRAM-SHA-512/256 or PLAIN.
 * Read from {@link Secrets}; the CA certificate travels as PEM text ({@code ssl.truststore.type=PEM}), so
 * TaskManagers need no files. Kafka's own configuration log prints the JAAS line and the certificates as [hidden].
 */
public record KafkaSecurity(String protocol, String mechanism, String username, String password, String caCertificatePem)
        implements Serializable {
    public static final List<String> PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    public static final List<String> MECHANISMS = List.of("SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN");

    public static final KafkaSecurity NONE = new KafkaSecurity("PLAINTEXT", null, null, null, null);

    /** This process's Kafka security, from its environment and secrets file. */
    public static KafkaSecurity fromEnvironment() {
        return from(Secrets.fromEnvironment());
    }

    public static KafkaSecurity from(Secrets s) {
        String username = s.get(Secrets.KAFKA_USERNAME).orElse(null);
        String password = s.get(Secrets.KAFKA_PASSWORD).orElse(null);
        // credentials without a protocol mean SASL over TLS: never send a password in clear by default
        String protocol = s.get(Secrets.KAFKA_SECURITY_PROTOCOL).map(String::strip).orElse(username != null ? "SASL_SSL" : "PLAINTEXT");
        if (!PROTOCOLS.contains(protocol)) {
            throw new ConfigException(s.origin(Secrets.KAFKA_SECURITY_PROTOCOL) + " must be one of " + PROTOCOLS + ", got '" + protocol + "'");
        }
        boolean sasl = protocol.startsWith("SASL_");
        String mechanism = s.get(Secrets.KAFKA_SASL_MECHANISM).map(String::strip).orElse(sasl ? "SCRAM-SHA-512" : null);
        if (sasl) {
            if (!MECHANISMS.contains(mechanism)) {
                throw new ConfigException(s.origin(Secrets.KAFKA_SASL_MECHANISM) + " must be one of " + MECHANISMS + ", got '" + mechanism + "'");
            }
            if (username == null || password == null) {
                throw new ConfigException("Kafka security protocol " + protocol + " needs " + Secrets.KAFKA_USERNAME + " and "
                        + Secrets.KAFKA_PASSWORD + " (in the environment or the secrets file); " + (username == null ? Secrets.KAFKA_USERNAME
                        : Secrets.KAFKA_PASSWORD) + " is not set");
            }
        } else if (username != null || password != null || s.get(Secrets.KAFKA_SASL_MECHANISM).isPresent()) {
            throw new ConfigException("Kafka credentials are set but the security protocol is " + protocol + " ("
                    + s.origin(Secrets.KAFKA_SECURITY_PROTOCOL) + "), which sends none; use SASL_SSL");
        }
        String ca = s.pemFile(Secrets.KAFKA_CA_FILE).orElse(null);
        if (ca != null && !protocol.endsWith("SSL")) {
            throw new ConfigException(s.origin(Secrets.KAFKA_CA_FILE) + " is set but the Kafka security protocol is " + protocol
                    + ", which uses no TLS; use SASL_SSL or SSL");
        }
        return new KafkaSecurity(protocol, sasl ? mechanism : null, username, password, ca);
    }

    public boolean enabled() {
        return !"PLAINTEXT".equals(protocol);
    }

    /** The client properties for this security; empty for PLAINTEXT, so that the local stack's clients are unchanged. */
    public Properties clientProperties() {
        Properties p = new Properties();
        if (!enabled()) {
            return p;
        }
        p.setProperty("security.protocol", protocol);
        if (mechanism != null) {
            p.setProperty("sasl.mechanism", mechanism);
            String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            p.setProperty("sasl.jaas.config", module + " required username=\"" + jaasEscape(username) + "\" password=\""
                    + jaasEscape(password) + "\";");
        }
        if (caCertificatePem != null) {
            p.setProperty("ssl.truststore.type", "PEM");
            p.setProperty("ssl.truststore.certificates", caCertificatePem);
        }
        return p;
    }

    /** {@code props} with this security's client properties added. */
    public Properties applyTo(Properties props) {
        props.putAll(clientProperties());
        return props;
    }

    private static String jaasEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * A one-line explanation of a Kafka client failure caused by authentication or TLS trust, or null when the failure
     * is something else.
     */
    public String explain(Throwable failure, String bootstrapServers) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.SaslAuthenticationException) {
                return "Kafka at " + bootstrapServers + " refused the credentials of user '" + username + "' (" + mechanism + "): check "
                        + Secrets.KAFKA_USERNAME + " and " + Secrets.KAFKA_PASSWORD + " (" + t.getMessage() + ")";
            }
            if (t instanceof org.apache.kafka.common.errors.SslAuthenticationException) {
                return "TLS with Kafka at " + bootstrapServers + " failed: " + (caCertificatePem == null
                        ? "its certificate is not trusted by the JVM; set " + Secrets.KAFKA_CA_FILE + " to the PEM file of the CA that signed it"
                        : "its certificate is not signed by the CA in " + Secrets.KAFKA_CA_FILE + ", or does not name the host") + " (" + t.getMessage() + ")";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "KafkaSecurity[" + protocol + (mechanism != null ? ", " + mechanism + ", user " + username + ", password ****" : "")
                + (caCertificatePem != null ? ", own CA" : "") + "]";
    }
}
