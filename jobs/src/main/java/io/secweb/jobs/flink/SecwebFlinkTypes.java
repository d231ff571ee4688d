package io.secweb.jobs.flink;

import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;

import java.time.LocalDate;

/**
 * Makes the contract records (plain Java, no Flink annotations) fully analysable by Flink, so that with
 * {@code pipeline.generic-types: false} nothing falls back to Kryo.
 */
public final class SecwebFlinkTypes {
    private static final String SERIALIZATION_CONFIG = "pipeline.serialization-config";
    private static final String ENTRY = "java.time.LocalDate: {type: typeinfo, class: " + LocalDateTypeInfoFactory.class.getName() + "}";

    static {
        TypeExtractor.registerFactory(LocalDate.class, LocalDateTypeInfoFactory.class);
    }

    private SecwebFlinkTypes() {}

    /** Registers the type factories in this JVM (idempotent; pipelines call it while they are built). */
    public static void register() {
        // the static initialiser does the work
    }

    /** Adds the same registration to a job's configuration, for the TaskManagers of a cluster. */
    public static void configure(Configuration c) {
        c.setString(SERIALIZATION_CONFIG, "[" + ENTRY + "]");
    }
}
