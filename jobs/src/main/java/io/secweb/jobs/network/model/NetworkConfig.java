package io.secweb.jobs.network.model;

import java.io.Serializable;
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

    private static final class Bundled {
        static final NetworkConfig CONFIG = NetworkConfigLoader.bundled();
    }

    public Optional<Scope> scope(String name) {
        return scopes.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
