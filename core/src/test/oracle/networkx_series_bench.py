#!/usr/bin/python3
"""NetworkX side of the indicators benchmark (./secweb bench-indicators).

Reads a JSON list of daily graphs written by IndicatorsBenchmark, computes the same measures the Java
IndicatorEngine computes (density, weighted density, transitivity, average clustering, Freeman degree
centralization, betweenness, global efficiency with and without the hub, components, maximal cliques >= 3,
Louvain partition and its modularity, signed triangle balance) and prints one JSON line:
{"graphs": N, "seconds": S}. Uses Debian's python3-networkx (apt-get install -y python3-networkx).
"""
import json
import sys
import time

try:
    import networkx as nx
except ImportError:
    sys.exit("networkx is missing: apt-get install -y python3-networkx (and run this script with /usr/bin/python3)")


def signed_balance(g, coercion):
    coop = {frozenset((a, b)): w for a, b, w in g.edges(data="weight")}
    neg = {}
    for a, b, w in coercion:
        key = frozenset((a, b))
        neg[key] = neg.get(key, 0.0) + w
    signed = {}
    for key in set(coop) | set(neg):
        c, x = coop.get(key, 0.0), neg.get(key, 0.0)
        if c > x:
            signed[key] = 1
        elif x > 0:
            signed[key] = -1
    adj = {v: set() for v in g.nodes()}
    for key in signed:
        a, b = tuple(key)
        if a in adj and b in adj:
            adj[a].add(b)
            adj[b].add(a)
    balanced = triangles = 0
    for a in sorted(adj):
        for b in adj[a]:
            if b <= a:
                continue
            for c in adj[a] & adj[b]:
                if c <= b:
                    continue
                triangles += 1
                if signed[frozenset((a, b))] * signed[frozenset((b, c))] * signed[frozenset((a, c))] > 0:
                    balanced += 1
    return balanced / triangles if triangles else None


def measures(g, coercion, hub):
    n = g.number_of_nodes()
    out = {"density": nx.density(g)}
    out["weighted_density"] = g.size(weight="weight") / (n * (n - 1) / 2) if n > 1 else 0.0
    out["transitivity"] = nx.transitivity(g)
    out["average_clustering"] = nx.average_clustering(g)
    degrees = [d for _, d in g.degree()]
    out["degree_centralization"] = (sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))) if n > 2 else 0.0
    bc = nx.betweenness_centrality(g, normalized=True)
    out["efficiency"] = nx.global_efficiency(g)
    if hub is not None and hub in g:
        total = sum(bc.values())
        out["hub_betweenness_share"] = bc[hub] / total if total > 0 else None
        h = g.copy()
        h.remove_node(hub)
        out["hub_removal_efficiency_ratio"] = nx.global_efficiency(h) / out["efficiency"] if out["efficiency"] > 0 else None
    comps = list(nx.connected_components(g))
    out["components"] = len(comps)
    out["largest_component_share"] = max(len(c) for c in comps) / n if n else 0.0
    out["cliques"] = sum(1 for c in nx.find_cliques(g) if len(c) >= 3)
    if g.number_of_edges():
        parts = nx.community.louvain_communities(g, weight="weight", seed=42)
        out["modularity"] = nx.community.modularity(g, parts, weight="weight")
    else:
        out["modularity"] = 0.0
    out["signed_balance"] = signed_balance(g, coercion)
    return out


def main(path):
    with open(path) as f:
        graphs = json.load(f)
    built = []
    for item in graphs:
        g = nx.Graph()
        g.add_nodes_from(item["nodes"])
        for a, b, w in item["edges"]:
            g.add_edge(a, b, weight=w)
        built.append((g, item["coercion"], item.get("hub")))
    start = time.perf_counter()
    for g, coercion, hub in built:
        measures(g, coercion, hub)
    seconds = time.perf_counter() - start
    print(json.dumps({"graphs": len(built), "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1])
