#!/usr/bin/python3
"""NetworkX oracle for the graph measures in io.secweb.core.network.graph.

Generates a fixed set of graphs (hand-made shapes, seeded random graphs, and snapshots of our curated sample feed),
computes every measure with NetworkX where NetworkX has it and with a plain formula where it does not, and writes
them as JSON for NetworkxOracleTest. Deterministic: the same NetworkX version writes the same file byte for byte.

Usage: networkx_oracle.py [OUTPUT]   (default: core/src/test/resources/oracle/graphs.json)
"""
import itertools
import json
import math
import os
import random
import sys

# NetworkX's Louvain iterates over sets of nodes, whose order follows string hashes: fix the hash seed, or the
# partitions (and the file) change from run to run
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

try:
    import networkx as nx
except ImportError:
    sys.exit("networkx_oracle: NetworkX is missing; install Debian's package: apt-get install -y python3-networkx")

JOBS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
FEED = os.path.join(JOBS, "..", "deploy", "local", "feeds", "sample.jsonl")
DEFAULT_OUTPUT = os.path.join(JOBS, "src", "test", "resources", "oracle", "graphs.json")
LOUVAIN_SEED = 42

# names for generated nodes: country-like codes, so sorted order differs from generation order
CODES = sorted({
    "AFG", "ARE", "AUS", "BGD", "BRN", "BTN", "CAN", "CHL", "CHN", "COL", "DEU", "DNK", "ECU", "FJI", "FRA", "FSM",
    "GBR", "IDN", "IND", "IRN", "ISR", "JPN", "KHM", "KIR", "KOR", "LAO", "LKA", "MDV", "MEX", "MHL", "MMR", "MNG",
    "MYS", "NLD", "NPL", "NRU", "NZL", "PAK", "PER", "PHL", "PLW", "PNG", "PRK", "RUS", "SGP", "SLB", "THA", "TLS",
    "TON", "TUV", "TWN", "USA", "VNM", "VUT", "WSM", "ITA", "ESP", "NOR", "SWE", "POL",
})


# ---------------------------------------------------------------------------------------------------------------
# graph specs: (name, nodes, edges [(a, b, w)], coercion edges or None)

def spec(name, nodes, edges, coercion=None):
    return {"name": name, "nodes": sorted(set(nodes)), "edges": edges, "coercion": coercion}


def from_nx(name, g, names, weight=lambda a, b: 1):
    """A spec from a NetworkX generator graph, relabelling its integer nodes with names[i]."""
    nodes = [names[v] for v in g.nodes()]
    edges = [(names[a], names[b], weight(a, b)) for a, b in g.edges()]
    return spec(name, nodes, edges)


def letters(n, prefix="N"):
    return ["%s%02d" % (prefix, i) for i in range(n)]


def hand_made():
    out = [
        spec("empty", [], []),
        spec("single-node", ["A"], []),
        spec("two-nodes-tied", ["A", "B"], [("A", "B", 2.5)]),
        spec("two-nodes-apart", ["A", "B"], []),
        spec("triangle", ["A", "B", "C"], [("A", "B", 1), ("B", "C", 2), ("A", "C", 3)]),
        spec("star-H-4", ["H", "S1", "S2", "S3", "S4"], [("H", s, 1) for s in ["S1", "S2", "S3", "S4"]]),
    ]
    rng = random.Random(101)
    spokes = ["AUS", "JPN", "KOR", "PHL", "THA", "NZL", "SGP", "TWN"]
    star = [("USA", s, round(rng.uniform(0.5, 5), 3)) for s in spokes]
    out.append(spec("star-USA-8-weighted", ["USA"] + spokes, star))
    out.append(spec("star-USA-8-weighted-without-hub", spokes, []))
    out.append(from_nx("complete-K5", nx.complete_graph(5), letters(5)))
    rng = random.Random(102)
    out.append(from_nx("complete-K8-weighted", nx.complete_graph(8), letters(8),
                       lambda a, b: round(rng.uniform(0.1, 10), 3)))
    out.append(from_nx("path-6", nx.path_graph(6), letters(6)))
    out.append(from_nx("cycle-7", nx.cycle_graph(7), letters(7)))
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(5))
    out.append(from_nx("two-disconnected-cliques-K4-K5", two, letters(9)))
    bridged = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    bridged.add_edge(4, 5)
    out.append(from_nx("two-K5-joined-by-one-edge", bridged, letters(10)))
    out.append(from_nx("barbell-5-2", nx.barbell_graph(5, 2), letters(12)))
    iso = nx.cycle_graph(5)
    iso.add_edges_from([(0, 2), (5, 6)])
    iso.add_nodes_from([7, 8, 9])
    out.append(from_nx("with-isolates", iso, letters(10)))
    wheel = nx.wheel_graph(7)  # node 0 is the hub
    names = ["USA"] + letters(6, "R")
    out.append(from_nx("wheel-7", wheel, names))
    out.append(from_nx("wheel-7-without-hub", nx.cycle_graph(range(1, 7)), names))
    out.append(from_nx("complete-bipartite-3-4", nx.complete_bipartite_graph(3, 4), letters(7)))
    out.append(from_nx("karate-club", nx.karate_club_graph(), letters(34, "K")))
    florentine = nx.florentine_families_graph()
    out.append(spec("florentine-families", list(florentine.nodes()), [(a, b, 1) for a, b in florentine.edges()]))
    return out


def random_weight(rng, kind):
    if kind == "unit":
        return 1
    if kind == "integer":
        return rng.randint(1, 5)
    return round(rng.uniform(0.05, 10), 3)


def random_graph(name, n, m, seed, kind):
    """n nodes and m distinct random edges; only random() and randint() are used, whose streams Python keeps stable."""
    rng = random.Random(seed)
    names = sorted(CODES, key=lambda c: rng.random())[:n]
    pairs = sorted(itertools.combinations(range(n), 2), key=lambda p: rng.random())[:m]
    edges = [(names[a], names[b], random_weight(rng, kind)) for a, b in pairs]
    return spec(name, names, edges)


def random_graphs():
    sizes = [(6, 4), (6, 9), (6, 14), (10, 8), (10, 20), (10, 35), (15, 15), (15, 40), (15, 80), (20, 20), (20, 60),
             (20, 120), (25, 40), (25, 100), (25, 200), (30, 30), (30, 90), (30, 250), (35, 70), (35, 180), (40, 60),
             (40, 150), (40, 300), (45, 90), (45, 220), (50, 50), (50, 120), (50, 200), (50, 300), (50, 260)]
    kinds = ["real", "integer", "unit"]
    out = []
    for i, (n, m) in enumerate(sizes):
        kind = kinds[i % 3]
        out.append(random_graph("er-n%d-m%d-%s" % (n, m, kind), n, m, 1000 + i, kind))
    return out


def hub_graphs():
    """A hub tied to most spokes, sparse spoke-to-spoke ties; and the same graph without its hub."""
    out = []
    for i, (n, p_hub, p_spoke) in enumerate([(12, 0.9, 0.1), (20, 0.8, 0.15), (30, 0.7, 0.1), (45, 0.85, 0.2)]):
        rng = random.Random(2000 + i)
        spokes = [c for c in CODES if c != "USA"]
        spokes = sorted(spokes, key=lambda c: rng.random())[:n]
        edges = [("USA", s, round(rng.uniform(1, 10), 3)) for s in spokes if rng.random() < p_hub]
        edges += [(a, b, round(rng.uniform(0.1, 3), 3)) for a, b in itertools.combinations(spokes, 2)
                  if rng.random() < p_spoke]
        name = "hub-USA-%d-spokes" % n
        out.append(spec(name, ["USA"] + spokes, edges))
        out.append(spec(name + "-without-hub", spokes, [e for e in edges if "USA" not in e[:2]]))
    return out


def signed_graphs():
    """Cooperation graphs with a coercion layer, hand-checkable ones first."""
    out = [
        spec("signed-all-positive-triangle", ["A", "B", "C"], [("A", "B", 1), ("B", "C", 1), ("A", "C", 1)], []),
        spec("signed-one-negative-triangle", ["A", "B", "C"], [("A", "B", 1), ("B", "C", 1), ("A", "C", 1)],
             [("A", "C", 2)]),
        spec("signed-two-negative-triangle", ["A", "B", "C"], [("A", "B", 1)], [("B", "C", 1), ("A", "C", 1)]),
        spec("signed-three-negative-triangle", ["A", "B", "C"], [], [("A", "B", 1), ("B", "C", 1), ("A", "C", 1)]),
        # equal weights sign the pair negative; a coercion-only node still closes triangles
        spec("signed-ties-and-coercion-only-node", ["A", "B", "C", "D"],
             [("A", "B", 2), ("B", "C", 1), ("A", "C", 1), ("B", "D", 1)],
             [("A", "B", 2), ("C", "E", 1), ("A", "E", 3), ("B", "E", 0.5)]),
    ]
    for i, (n, m, mc) in enumerate([(12, 30, 10), (20, 60, 25), (30, 120, 40), (40, 200, 60)]):
        g = random_graph("signed-er-n%d-m%d-c%d" % (n, m, mc), n, m, 3000 + i, "real")
        rng = random.Random(3100 + i)
        nodes = g["nodes"]
        pairs = sorted(itertools.combinations(nodes, 2), key=lambda p: rng.random())[:mc]
        g["coercion"] = [(a, b, round(rng.uniform(0.05, 10), 3)) for a, b in pairs]
        out.append(g)
    return out


def feed_snapshots():
    """The sample feed as of a few dates: cooperation ties every pair of participants of each agreement or exercise,
    coercion ties each initiator to each target; weight 1 per shared event."""
    latest = {}
    with open(FEED, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                if e["id"] not in latest or e["revision"] > latest[e["id"]]["revision"]:
                    latest[e["id"]] = e
    events = sorted((e for e in latest.values() if not e.get("retracted")), key=lambda e: (e["start"], e["id"]))
    out = []
    for day in ["2008-12-31", "2012-12-31", "2016-12-31", "2019-12-31", "2020-12-31", "2021-12-31", "2022-06-30",
                "2022-12-31", "2023-12-31", "2024-12-31"]:
        nodes, coop, coer = set(), {}, {}
        for e in events:
            if e["start"] > day:
                continue
            countries = sorted({p["country"] for p in e["participants"]})
            nodes.update(countries)
            if e["type"] == "coercion":
                initiators = {p["country"] for p in e["participants"] if p["role"] == "initiator"}
                targets = {p["country"] for p in e["participants"] if p["role"] == "target"}
                for a in initiators:
                    for b in targets:
                        if a != b:
                            key = tuple(sorted((a, b)))
                            coer[key] = coer.get(key, 0) + 1
            else:
                for key in itertools.combinations(countries, 2):
                    coop[key] = coop.get(key, 0) + 1
        edges = [(a, b, w) for (a, b), w in sorted(coop.items())]
        coercion = [(a, b, w) for (a, b), w in sorted(coer.items())]
        out.append(spec("feed-" + day, nodes, edges, coercion))
        if day in ("2022-12-31", "2024-12-31"):
            out.append(spec("feed-" + day + "-without-USA", nodes - {"USA"},
                            [x for x in edges if "USA" not in x[:2]], [x for x in coercion if "USA" not in x[:2]]))
    return out


# ---------------------------------------------------------------------------------------------------------------
# measures

def nx_graph(nodes, edges):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from(edges)
    return g


def sorted_groups(groups):
    """Each group sorted; larger groups first, then lexicographic (the Java classes' order)."""
    return sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c))


def in_smallest_node_order(groups):
    """Communities numbered by their smallest node, as io.secweb.core.network.graph.Partition numbers them."""
    return sorted((sorted(c) for c in groups), key=lambda c: c[0])


def freeman(g):
    n = g.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in g.degree()]
    return sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))


def weighted_density(g):
    n = g.number_of_nodes()
    return 0.0 if n < 2 else g.size(weight="weight") / (n * (n - 1) / 2)


def louvain(g):
    if g.number_of_edges() == 0:
        # NetworkX 2.8 divides by zero on a graph without edges; by convention every node is its own community
        return [[v] for v in sorted(g.nodes())], 0.0
    communities = nx.community.louvain_communities(g, weight="weight", resolution=1, seed=LOUVAIN_SEED)
    return in_smallest_node_order(communities), nx.community.modularity(g, communities, weight="weight", resolution=1)


def other_partitions(g):
    """More partitions with NetworkX's modularity, so the Java modularity is checked on more than Louvain's answer."""
    if g.number_of_edges() == 0:
        return []
    candidates = [
        [[v] for v in g.nodes()],
        nx.connected_components(g),
        nx.community.greedy_modularity_communities(g, weight="weight"),
        nx.community.louvain_communities(g, weight="weight", seed=7),
    ]
    out = []
    for c in candidates:
        c = in_smallest_node_order(c)
        if all(c != o["communities"] for o in out):
            out.append({"communities": c, "modularity": nx.community.modularity(g, c, weight="weight")})
    return out


def signed_balance(nodes, edges, coercion):
    """Brute force over every triple of nodes in either layer."""
    coop, coer = {}, {}
    for a, b, w in edges:
        coop[frozenset((a, b))] = w
    for a, b, w in coercion:
        coer[frozenset((a, b))] = coer.get(frozenset((a, b)), 0) + w
    everyone = sorted(set(nodes) | {v for a, b, _ in coercion for v in (a, b)})

    def sign(a, b):
        c, k = coop.get(frozenset((a, b)), 0), coer.get(frozenset((a, b)), 0)
        return 1 if c > k else -1 if k > 0 else 0

    balanced = triangles = 0
    for a, b, c in itertools.combinations(everyone, 3):
        s = sign(a, b) * sign(b, c) * sign(a, c)
        if s != 0:
            triangles += 1
            balanced += s > 0
    return {"balanced": balanced, "triangles": triangles}


def nmi(a, b):
    """Normalised mutual information, arithmetic mean (scikit-learn's default), over the nodes in both partitions."""
    label_a = {v: i for i, c in enumerate(a) for v in c}
    label_b = {v: i for i, c in enumerate(b) for v in c}
    common = sorted(set(label_a) & set(label_b))
    n = len(common)
    if n < 2:
        return 1.0
    xs = [label_a[v] for v in common]
    ys = [label_b[v] for v in common]
    if len(set(xs)) == 1 and len(set(ys)) == 1:
        return 1.0

    def entropy(labels):
        return -sum(c / n * math.log(c / n) for c in (labels.count(x) for x in sorted(set(labels))))

    joint = {}
    for x, y in zip(xs, ys):
        joint[(x, y)] = joint.get((x, y), 0) + 1
    mi = sum(c / n * math.log(n * c / (xs.count(x) * ys.count(y))) for (x, y), c in sorted(joint.items()))
    if mi <= 0:
        return 0.0
    return min(1.0, mi / ((entropy(xs) + entropy(ys)) / 2))


def measures(s):
    g = nx_graph(s["nodes"], s["edges"])
    nodes = s["nodes"]
    n = len(nodes)
    communities, modularity = louvain(g)
    out = {
        "name": s["name"],
        "nodes": nodes,
        "edges": [list(e) for e in sorted((min(a, b), max(a, b), w) for a, b, w in s["edges"])],
        "density": nx.density(g),
        "weightedDensity": weighted_density(g),
        "transitivity": nx.transitivity(g),
        # NetworkX divides by zero on a graph without nodes; the Java convention is 0
        "averageClustering": nx.average_clustering(g) if n else 0.0,
        "clustering": [nx.clustering(g, v) for v in nodes],
        "betweenness": [b for _, b in sorted(nx.betweenness_centrality(g, normalized=True, weight=None).items())],
        "globalEfficiency": nx.global_efficiency(g),
        "freemanCentralization": freeman(g),
        "components": sorted_groups(nx.connected_components(g)),
        "cliques": sorted_groups(c for c in nx.find_cliques(g) if len(c) >= 3),
        "louvain": {"communities": communities, "modularity": modularity},
        "otherPartitions": other_partitions(g),
    }
    if s["coercion"] is not None:
        out["coercion"] = [list(e) for e in s["coercion"]]
        out["signedBalance"] = signed_balance(nodes, s["edges"], s["coercion"])
    return out


def nmi_cases(graphs):
    """Partition pairs: Louvain against other seeds, against components, against the previous feed snapshot and the
    graph without its hub (different node sets), and the degenerate cases."""
    cases = []

    def case(name, a, b):
        cases.append({"name": name, "a": in_smallest_node_order(a), "b": in_smallest_node_order(b), "value": nmi(a, b)})

    by_name = {g["name"]: g for g in graphs}
    for g in graphs:
        if len(g["nodes"]) < 2 or not g["edges"]:
            continue
        ours = g["louvain"]["communities"]
        if g["name"].startswith(("er-", "hub-", "karate", "barbell")):
            other = nx.community.louvain_communities(nx_graph(g["nodes"], g["edges"]), weight="weight", seed=7)
            case(g["name"] + " louvain seed 42 vs 7", ours, other)
        if len(g["components"]) > 1:
            case(g["name"] + " louvain vs components", ours, g["components"])
        if g["name"] + "-without-hub" in by_name:
            case(g["name"] + " vs without hub", ours, by_name[g["name"] + "-without-hub"]["louvain"]["communities"])
    feed = [g for g in graphs if g["name"].startswith("feed-") and "without" not in g["name"]]
    for prev, cur in zip(feed, feed[1:]):
        case(prev["name"] + " vs " + cur["name"], prev["louvain"]["communities"], cur["louvain"]["communities"])
    abc = ["A", "B", "C", "D", "E", "F"]
    case("both one community", [abc], [abc])
    case("both all singletons", [[v] for v in abc], [[v] for v in abc])
    case("one community vs split", [abc], [abc[:3], abc[3:]])
    case("identical split, other labels", [abc[:2], abc[2:]], [abc[2:], abc[:2]])
    case("independent splits", [["A", "B"], ["C", "D"]], [["A", "C"], ["B", "D"]])
    case("one common node", [["A", "B"]], [["B", "C"], ["D"]])
    case("no common node", [["A", "B"]], [["C", "D"]])
    case("partly overlapping node sets", [["A", "B", "C"], ["D", "E"]], [["B", "C"], ["D", "E", "F"], ["X"]])
    return cases


def main(argv):
    output = argv[1] if len(argv) > 1 else DEFAULT_OUTPUT
    specs = hand_made() + random_graphs() + hub_graphs() + signed_graphs() + feed_snapshots()
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "graph names must be unique"
    graphs = [measures(s) for s in specs]
    doc = {
        "generator": "core/src/test/oracle/networkx_oracle.py",
        "networkx": nx.__version__,
        "louvainSeed": LOUVAIN_SEED,
        "graphs": graphs,
        "nmi": nmi_cases(graphs),
    }
    with open(output, "w", encoding="utf-8") as f:
        # one graph per line: small diffs when the generator changes
        f.write('{"generator": %s, "networkx": %s, "louvainSeed": %d,\n"graphs": [\n'
                % (json.dumps(doc["generator"]), json.dumps(doc["networkx"]), LOUVAIN_SEED))
        f.write(",\n".join(json.dumps(g, separators=(",", ":")) for g in graphs))
        f.write('\n],\n"nmi": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in doc["nmi"]))
        f.write("\n]}\n")
    print("networkx_oracle: %d graphs, %d partition pairs -> %s" % (len(graphs), len(doc["nmi"]), output),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
