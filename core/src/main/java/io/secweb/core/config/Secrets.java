package io.secweb.core.config;


import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The credentials and trust settings of secweb's connections to Kafka and Elasticsearch. They come from environment
 * variables, or from a properties file outside the repository named by {@code SECWEB_SECRETS_FILE} (or the JVM
 * property {@code secweb.secrets.file}) with the same keys; a variable set in the environment wins over the file.
 * Never from the YAML configuration, never from code; {@link #toString()} shows key names only.
 */
public final class Secrets {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Secrets.class);
    public static final String FILE_VARIABLE = "SECWEB_SECRETS_FILE";
    public static final String FILE_PROPERTY = "secweb.secrets.file";

    public static final String KAFKA_SECURITY_PROTOCOL = "SECWEB_KAFKA_SECURITY_PROTOCOL";
    public static final String KAFKA_SASL_MECHANISM = "SECWEB_KAFKA_SASL_MECHANISM";
    public static final String KAFKA_USERNAME = "SECWEB_KAFKA_USERNAME";
    public static final String KAFKA_PASSWORD = "SECWEB_KAFKA_PASSWORD";
    public static final String KAFKA_CA_FILE = "SECWEB_KAFKA_CA_FILE";
    public static final String ES_USERNAME = "SECWEB_ES_USERNAME";
    public static final String ES_PASSWORD = "SECWEB_ES_PASSWORD";
    public static final String ES_API_KEY = "SECWEB_ES_API_KEY";
    public static final String ES_CA_FILE = "SECWEB_ES_CA_FILE";
    /** Webhook urls carrying tokens (comma-separated), added to alerts.webhook.urls of the config. */
    public static final String ALERTS_WEBHOOK_URLS = "SECWEB_ALERTS_WEBHOOK_URLS";

    /** Every key secweb reads, in the environment or in the secrets file. */
    public static final List<String> KEYS = List.of(KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_USERNAME, KAFKA_PASSWORD,
            KAFKA_CA_FILE, ES_USERNAME, ES_PASSWORD, ES_API_KEY, ES_CA_FILE, ALERTS_WEBHOOK_URLS);

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private Secrets(Map<String, String> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    /** This process's secrets: its environment, over the secrets file it names. */
    public static Secrets fromEnvironment() {
        return from(System.getenv(), System.getProperty(FILE_PROPERTY));
    }

    /**
     * @param env          environment variables
     * @param fileProperty the JVM property naming a secrets file, or null; {@code SECWEB_SECRETS_FILE} in {@code env} wins
     */
    public static Secrets from(Map<String, String> env, String fileProperty) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        String file = nonBlank(env.get(FILE_VARIABLE)) ? env.get(FILE_VARIABLE) : fileProperty;
        if (nonBlank(file)) {
            Properties p = readFile(Path.of(file));
            Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
            KEYS.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new ConfigException("secrets file " + file + ": unknown key(s) " + unknown + "; known keys: " + String.join(", ", KEYS));
            }
            for (String k : p.stringPropertyNames()) {
                if (nonBlank(p.getProperty(k))) {
                    values.put(k, p.getProperty(k).strip());
                    origins.put(k, k + " in the secrets file " + file);
                }
            }
        }
        for (String k : KEYS) {
            if (nonBlank(env.get(k))) {
                values.put(k, env.get(k));
                origins.put(k, "the environment variable " + k);
            }
        }
        return new Secrets(values, origins);
    }

    private static Properties readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new ConfigException("secrets file " + file + " (" + FILE_VARIABLE + ") does not exist");
        } catch (IOException e) {
            throw new ConfigException("secrets file " + file + " (" + FILE_VARIABLE + ") cannot be read: " + e.getMessage());
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("secrets file {} is readable by every user of this machine; restrict it (chmod 600, or 440 with a group)", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
        return p;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Where a key's value came from, for error messages ("the environment variable X" or "X in the secrets file F"). */
    public String origin(String key) {
        return origins.getOrDefault(key, key);
    }

    /** The contents of the PEM file a key names, read now so that a job carries them to every TaskManager. */
    public Optional<String> pemFile(String key) {
        return get(key).map(path -> {
            try {
                String pem = Files.readString(Path.of(path));
                if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                    throw new ConfigException(origin(key) + " names " + path + ", which holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
                }
                return pem;
            } catch (NoSuchFileException e) {
                throw new ConfigException(origin(key) + " names " + path + ", which does not exist");
            } catch (IOException e) {
                throw new ConfigException(origin(key) + " names " + path + ", which cannot be read: " + e.getMessage());
            }
        });
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "Secrets" + values.keySet();
    }
}
