package io.secweb.core.network.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The graph measures against NetworkX, on the fixtures written by {@code core/src/test/oracle/networkx_oracle.py}:
 * hand-made shapes, seeded random graphs and snapshots of the sample feed.
 */
class NetworkxOracleTest {
    private static final String FIXTURES = "/oracle/graphs.json";
    private static final double EXACT = 1e-9;
    /** How much worse than NetworkX's own Louvain (seed 42) our deterministic Louvain may be. */
    private static final double LOUVAIN_SLACK = 0.02;

    private static final JsonNode ROOT = load();

    /** One fixture graph: its cooperation graph, the coercion layer if any, and NetworkX's answers. */
    record Case(String name, Graph graph, Graph coercion, JsonNode expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Two partitions and their normalised mutual information by the Python formula. */
    record NmiCase(String name, Partition a, Partition b, double value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> graphs() {
        List<Case> out = new ArrayList<>();
        for (JsonNode g : ROOT.get("graphs")) {
            Graph.Builder b = Graph.builder();
            g.get("nodes").forEach(n -> b.addNode(n.asText()));
            Graph coercion = g.has("coercion") ? graph(g.get("coercion")) : null;
            out.add(new Case(g.get("name").asText(), addEdges(b, g.get("edges")).build(), coercion, g));
        }
        return out;
    }

    /** The fixtures with a coercion layer. */
    static List<Case> signedGraphs() {
        return graphs().stream().filter(c -> c.coercion() != null).toList();
    }

    static List<NmiCase> nmiCases() {
        List<NmiCase> out = new ArrayList<>();
        for (JsonNode c : ROOT.get("nmi")) {
            out.add(new NmiCase(c.get("name").asText(), partition(c.get("a")), partition(c.get("b")),
                    c.get("value").asDouble()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void fixtureGraphIsReadAsWritten(Case c) {
        assertThat(c.graph().nodes()).containsExactlyElementsOf(strings(c.expected().get("nodes")));
        assertThat(c.graph().edgeCount()).isEqualTo(c.expected().get("edges").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void densityMatchesNetworkx(Case c) {
        assertThat(Density.binary(c.graph())).isCloseTo(number(c, "density"), within(EXACT));
        assertThat(Density.weighted(c.graph())).isCloseTo(number(c, "weightedDensity"), within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void clusteringMatchesNetworkx(Case c) {
        assertThat(Clustering.transitivity(c.graph())).isCloseTo(number(c, "transitivity"), within(EXACT));
        assertThat(Clustering.average(c.graph())).isCloseTo(number(c, "averageClustering"), within(EXACT));
        JsonNode local = c.expected().get("clustering");
        for (int i = 0; i < c.graph().nodeCount(); i++) {
            assertThat(Clustering.local(c.graph(), c.graph().node(i)))
                    .as("clustering of %s", c.graph().node(i))
                    .isCloseTo(local.get(i).asDouble(), within(EXACT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void betweennessMatchesNetworkx(Case c) {
        double[] actual = Betweenness.normalized(c.graph());
        JsonNode expected = c.expected().get("betweenness");
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("betweenness of %s", c.graph().node(i))
                    .isCloseTo(expected.get(i).asDouble(), within(EXACT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void globalEfficiencyMatchesNetworkx(Case c) {
        assertThat(Efficiency.global(c.graph())).isCloseTo(number(c, "globalEfficiency"), within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void freemanCentralizationMatchesFormula(Case c) {
        assertThat(DegreeCentralization.freeman(c.graph()))
                .isCloseTo(number(c, "freemanCentralization"), within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void componentsMatchNetworkx(Case c) {
        List<List<String>> expected = groups(c.expected().get("components"));
        assertThat(Components.of(c.graph())).isEqualTo(expected);
        assertThat(Components.count(c.graph())).isEqualTo(expected.size());
        double share = expected.isEmpty() ? 0 : (double) expected.get(0).size() / c.graph().nodeCount();
        assertThat(Components.largestShare(c.graph())).isCloseTo(share, within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void maximalCliquesOfThreeOrMoreMatchNetworkx(Case c) {
        assertThat(Cliques.maximal(c.graph(), 3)).isEqualTo(groups(c.expected().get("cliques")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void modularityMatchesNetworkxOnItsPartitions(Case c) {
        JsonNode louvain = c.expected().get("louvain");
        assertThat(Modularity.of(c.graph(), partition(louvain.get("communities"))))
                .isCloseTo(louvain.get("modularity").asDouble(), within(EXACT));
        for (JsonNode other : c.expected().get("otherPartitions")) {
            assertThat(Modularity.of(c.graph(), partition(other.get("communities"))))
                    .as("modularity of %s", other.get("communities"))
                    .isCloseTo(other.get("modularity").asDouble(), within(EXACT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void louvainIsNoWorseThanNetworkxLouvain(Case c) {
        Partition ours = Louvain.partition(c.graph());
        assertThat(ours.communityOf().keySet()).containsExactlyElementsOf(c.graph().nodes());
        assertThat(Modularity.of(c.graph(), ours))
                .isGreaterThanOrEqualTo(c.expected().get("louvain").get("modularity").asDouble() - LOUVAIN_SLACK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedGraphs")
    void signedBalanceMatchesBruteForce(Case c) {
        JsonNode expected = c.expected().get("signedBalance");
        assertThat(SignedBalance.of(c.graph(), c.coercion())).isEqualTo(
                new SignedBalance.Result(expected.get("balanced").asInt(), expected.get("triangles").asInt()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nmiCases")
    void nmiMatchesFormula(NmiCase c) {
        assertThat(PartitionSimilarity.nmi(c.a(), c.b())).isCloseTo(c.value(), within(EXACT));
        assertThat(PartitionSimilarity.nmi(c.b(), c.a())).isCloseTo(c.value(), within(EXACT));
    }

    private static double number(Case c, String field) {
        return c.expected().get(field).asDouble();
    }

    private static Graph graph(JsonNode edges) {
        return addEdges(Graph.builder(), edges).build();
    }

    private static Graph.Builder addEdges(Graph.Builder b, JsonNode edges) {
        for (JsonNode e : edges) {
            b.addEdge(e.get(0).asText(), e.get(1).asText(), e.get(2).asDouble());
        }
        return b;
    }

    private static Partition partition(JsonNode communities) {
        return Partition.of(groups(communities));
    }

    private static List<List<String>> groups(JsonNode lists) {
        List<List<String>> out = new ArrayList<>();
        lists.forEach(l -> out.add(strings(l)));
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = NetworkxOracleTest.class.getResourceAsStream(FIXTURES)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURES + " is missing; see core/src/test/oracle/README.md");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
