package io.secweb.core.config;

/** A configuration file or command line that cannot be used; the message says exactly what is wrong and where. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
