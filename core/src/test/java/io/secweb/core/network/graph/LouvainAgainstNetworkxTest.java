package io.secweb.core.network.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * NetworkX itself evaluates the partitions the Java Louvain finds: its modularity of each must equal Java's value.
 * Runs Debian's {@code /usr/bin/python3} with python3-networkx ({@code .ci/run} installs it); skipped, with a message,
 * where that is missing.
 */
class LouvainAgainstNetworkxTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void networkxAgreesWithTheModularityOfEveryJavaPartition() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").start().waitFor() == 0,
                "skipped: /usr/bin/python3 with networkx is not installed (apt-get install -y python3-networkx)");
        List<Map<String, Object>> cases = new ArrayList<>();
        Map<String, Double> java = new LinkedHashMap<>();
        for (NetworkxOracleTest.Case c : NetworkxOracleTest.graphs()) {
            Partition p = Louvain.partition(c.graph());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("nodes", c.graph().nodes());
            m.put("edges", c.graph().edges().stream().map(e -> List.of(e.a(), e.b(), e.weight())).toList());
            m.put("communities", p.communities());
            cases.add(m);
            if (c.graph().edgeCount() > 0) {
                java.put(c.name(), Modularity.of(c.graph(), p));
            }
        }
        Path input = Files.createTempFile("java-partitions", ".json");
        ObjectMapper mapper = new ObjectMapper();
        mapper.writeValue(input.toFile(), cases);
        Path script = Path.of("src/test/oracle/modularity_of_partitions.py");
        Process py = new ProcessBuilder(PYTHON.toString(), script.toString(), input.toString()).redirectErrorStream(true).start();
        String output = new String(py.getInputStream().readAllBytes());
        assertThat(py.waitFor()).as(output).isZero();
        JsonNode networkx = mapper.readTree(output);
        Files.delete(input);

        assertThat(java).hasSizeGreaterThan(50);
        java.forEach((name, value) -> assertThat(networkx.get(name).asDouble()).as(name).isCloseTo(value, within(1e-9)));
    }
}
