package io.secweb.jobs.flink;

import org.apache.flink.api.common.functions.InvalidTypesException;
import org.apache.flink.api.java.typeutils.TypeExtractor;

import java.time.LocalDate;

/**
 * Makes the contract records (plain Java, no Flink annotations) fully analysable by Flink, so that with
 * {@code pipeline.generic-types: false} nothing falls back to Kryo. Types are extracted where the job graph is built
 * (the client), and the resulting serializers travel with the job, so registering in that JVM is enough.
 */
public final class SecwebFlinkTypes {
    static {
        try {
            TypeExtractor.registerFactory(LocalDate.class, LocalDateTypeInfoFactory.class);
        } catch (InvalidTypesException alreadyRegistered) {
            // On a session cluster each job jar has its own class loader, but TypeExtractor's registry belongs to the
            // cluster: the second job finds the first job's copy of this factory, which yields the same Types.LOCAL_DATE.
        }
    }

    private SecwebFlinkTypes() {}

    /** Registers the type factories in this JVM (idempotent; pipelines call it while they are built). */
    public static void register() {
        // the static initialiser does the work
    }
}
