package io.corridor.document.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stretch of text the annotators marked, as INCEpTION's curation shows it: overlapping annotations of the
 * annotators' layer form one unit [start, end) (spans that only touch are two), with the curated layer's
 * annotations that overlap it. A curated annotation overlapping no annotator's any more (theirs were deleted) is a
 * unit of its own.
 */
public record Unit(int start, int end, List<Version> versions, List<Version> curated, UnitState state) {

    /**
     * The units of a document, in text order.
     *
     * @param versions    the annotators' compared annotations
     * @param curated     the curated layer's annotations
     * @param annotators  everyone whose annotations are compared: a unit is agreed when each of them has exactly one
     *                    version in it and all are the same
     */
    public static List<Unit> of(List<Version> versions, List<Version> curated, Set<String> annotators) {
        List<Version> sorted = versions.stream().sorted(Comparator.comparingInt(Version::start).thenComparingInt(Version::end))
                .toList();
        List<List<Version>> clusters = new ArrayList<>();
        int clusterEnd = -1;
        for (Version v : sorted) {
            if (clusters.isEmpty() || v.start() >= clusterEnd) {
                clusters.add(new ArrayList<>());
            }
            clusters.getLast().add(v);
            clusterEnd = Math.max(clusterEnd, v.end());
        }
        List<Unit> units = new ArrayList<>();
        List<Version> placed = new ArrayList<>();
        for (List<Version> cluster : clusters) {
            int start = cluster.getFirst().start();
            int end = cluster.stream().mapToInt(Version::end).max().orElseThrow();
            List<Version> over = curated.stream().filter(c -> c.overlaps(start, end)).toList();
            placed.addAll(over);
            units.add(new Unit(start, end, List.copyOf(cluster), over, state(cluster, over, annotators)));
        }
        for (Version c : curated) {
            if (!placed.contains(c)) {
                units.add(new Unit(c.start(), c.end(), List.of(), List.of(c), UnitState.CURATED));
            }
        }
        units.sort(Comparator.comparingInt(Unit::start).thenComparingInt(Unit::end));
        return units;
    }

    private static UnitState state(List<Version> cluster, List<Version> curated, Set<String> annotators) {
        if (!curated.isEmpty()) {
            return UnitState.CURATED;
        }
        Map<String, Integer> per = new HashMap<>();
        cluster.forEach(v -> per.merge(v.annotator(), 1, Integer::sum));
        if (per.size() == 1) {
            return UnitState.SINGLE;
        }
        boolean everyoneOnce = per.keySet().equals(annotators) && per.values().stream().allMatch(n -> n == 1);
        Version first = cluster.getFirst();
        return everyoneOnce && cluster.stream().allMatch(first::sameAs) ? UnitState.AGREED : UnitState.DISAGREED;
    }

    /** The unit holding this annotator's version, if any. */
    public static Unit holding(List<Unit> units, java.util.UUID version) {
        return units.stream().filter(u -> u.versions().stream().anyMatch(v -> v.id().equals(version))).findFirst().orElse(null);
    }
}
