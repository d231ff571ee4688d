package io.secweb.core.network.model;

import io.secweb.core.config.SecwebConfig;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The network configuration ({@code deploy/config/network.yaml}): model settings and the watched scopes, resolved
 * against the country registry and validated by {@link NetworkConfigLoader}.
 *
 * @param scopes in file order; names are unique
 */
public record NetworkConfig(NetworkSettings settings, List<Scope> scopes) implements Serializable {

    public NetworkConfig {
        settings = settings == null ? NetworkSettings.defaults() : settings;
        scopes = List.copyOf(scopes);
    }

    /**
     * The shipped configuration: the classpath copy of {@code deploy/config/network.yaml}
     * ({@link NetworkConfigLoader#BUNDLED}), read once.
     */
    public static NetworkConfig defaults() {
        return Bundled.CONFIG;
    }

    /** The scopes and settings a main configuration names in {@code indicators.network_config}, or the shipped ones. */
    public static NetworkConfig of(SecwebConfig config) {
        String file = config.indicators().networkConfig();
        return file == null ? defaults() : NetworkConfigLoader.load(Path.of(file));
    }

    private static final class Bundled {
        static final NetworkConfig CONFIG = NetworkConfigLoader.bundled();
    }

    public Optional<Scope> scope(String name) {
        return scopes.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
