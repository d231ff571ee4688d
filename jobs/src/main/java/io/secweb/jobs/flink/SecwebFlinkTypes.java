package io.secweb.jobs.flink;

import org.apache.flink.api.java.typeutils.TypeExtractor;

import java.time.LocalDate;

/**
 * Makes the contract records (plain Java, no Flink annotations) fully analysable by Flink, so that with
 * {@code pipeline.generic-types: false} nothing falls back to Kryo. Types are extracted where the job graph is built
 * (the client), and the resulting serializers travel with the job, so registering in that JVM is enough.
 */
public final class SecwebFlinkTypes {
    static {
        TypeExtractor.registerFactory(LocalDate.class, LocalDateTypeInfoFactory.class);
    }

    private SecwebFlinkTypes() {}

    /** Registers the type factories in this JVM (idempotent; pipelines call it while they are built). */
    public static void register() {
        // the static initialiser does the work
    }
}
