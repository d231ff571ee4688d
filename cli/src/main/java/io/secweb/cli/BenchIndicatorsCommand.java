package io.secweb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb bench-indicators}: the indicator engine and the indicators job, in numbers. */
@Command(name = "bench-indicators",
        description = "Indicator engine days/s over 26 years of synthetic daily graphs, Java vs NetworkX on the same graphs, and "
                + "the indicators job end to end (Kafka -> Elasticsearch, on a real broker and node) in events/s. Numbers, not tests.")
final class BenchIndicatorsCommand implements Callable<Integer> {
    @Option(names = "--no-e2e", description = "leave out the end-to-end run of the indicators job")
    boolean noEndToEnd;

    @Override
    public Integer call() throws Exception {
        return ChildJava.runTestMain("jobs", List.of("-Xmx3g"), "io.secweb.jobs.bench.IndicatorsBenchmark",
                noEndToEnd ? List.of("--no-e2e") : List.of());
    }
}
