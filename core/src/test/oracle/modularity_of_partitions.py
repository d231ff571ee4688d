#!/usr/bin/python3
"""NetworkX's modularity of partitions computed elsewhere (by the Java Louvain), for LouvainAgainstNetworkxTest.

Input: a JSON file [{"name", "nodes", "edges": [[a, b, w]...], "communities": [[...], ...]}, ...].
Output: one JSON object {name: modularity} on stdout. Debian's python3-networkx.
"""
import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit("networkx is missing: apt-get install -y python3-networkx")

with open(sys.argv[1]) as f:
    cases = json.load(f)
out = {}
for case in cases:
    g = nx.Graph()
    g.add_nodes_from(case["nodes"])
    for a, b, w in case["edges"]:
        g.add_edge(a, b, weight=w)
    if g.number_of_edges() == 0:
        continue
    out[case["name"]] = nx.community.modularity(g, [set(c) for c in case["communities"]], weight="weight")
print(json.dumps(out))
