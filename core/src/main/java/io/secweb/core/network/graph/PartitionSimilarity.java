package io.secweb.core.network.graph;

import java.util.HashMap;
import java.util.Map;

/** How alike two partitions are, e.g. a tick's communities against the previous tick's. */
public final class PartitionSimilarity {
    private PartitionSimilarity() {}

    /**
     * Normalised mutual information {@code I(A;B) / ((H(A) + H(B)) / 2)} over the nodes present in both partitions
     * (scikit-learn's {@code normalized_mutual_info_score} with arithmetic averaging): 1 for the same grouping, 0 for
     * independent ones. Conventions, as scikit-learn's: 1.0 when both put all common nodes in one community (both
     * entropies 0), and 1.0 when fewer than 2 nodes are common, since there is nothing to disagree about; 0 when only one
     * of them is a single community.
     */
    public static double nmi(Partition a, Partition b) {
        Map<Long, Integer> joint = new HashMap<>();
        Map<Integer, Integer> countA = new HashMap<>();
        Map<Integer, Integer> countB = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, Integer> e : a.communityOf().entrySet()) {
            Integer cb = b.communityOf().get(e.getKey());
            if (cb == null) {
                continue;
            }
            int ca = e.getValue();
            n++;
            countA.merge(ca, 1, Integer::sum);
            countB.merge(cb, 1, Integer::sum);
            joint.merge(((long) ca << 32) | cb, 1, Integer::sum);
        }
        if (n < 2 || (countA.size() == 1 && countB.size() == 1)) {
            return 1.0;
        }
        double mi = 0;
        for (Map.Entry<Long, Integer> e : joint.entrySet()) {
            int ca = (int) (e.getKey() >>> 32);
            int cb = (int) (long) e.getKey();
            double nij = e.getValue();
            mi += nij / n * Math.log(n * nij / ((double) countA.get(ca) * countB.get(cb)));
        }
        if (countA.size() == 1 || countB.size() == 1) {
            return 0; // one side carries no information
        }
        double mean = (entropy(countA, n) + entropy(countB, n)) / 2;
        return Math.min(1, Math.max(0, mi / mean));
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
