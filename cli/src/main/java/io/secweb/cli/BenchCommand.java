package io.secweb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb bench [JMH options]}: the JMH benchmarks of the jobs module. */
@Command(name = "bench", customSynopsis = "secweb bench [-h] [JMH_ARGUMENT...]",
        description = {"Runs the JMH benchmarks (jobs/src/test/java/io/secweb/jobs/bench): numbers, not tests.",
        "Every other argument goes to JMH, e.g. secweb bench IngestBenchmarks -f 1 -wi 2 (JMH's own help: secweb bench -- -h)."})
final class BenchCommand implements Callable<Integer> {
    @Unmatched
    List<String> jmhArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return ChildJava.runTestMain("jobs", List.of(), "org.openjdk.jmh.Main", jmhArguments);
    }
}
