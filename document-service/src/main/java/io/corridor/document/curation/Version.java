package io.corridor.document.curation;

import java.util.List;
import java.util.UUID;

/**
 * One annotation as curation compares it: who wrote it, its span [start, end) in code points of the latest version,
 * its motivation and its labels (sorted, so that two versions saying the same compare equal).
 */
public record Version(UUID id, String annotator, int start, int end, String motivation, List<String> labels) {

    public Version {
        labels = labels.stream().sorted().distinct().toList();
    }

    /** Same span, motivation and labels: what "all annotators agree" means. */
    public boolean sameAs(Version other) {
        return start == other.start && end == other.end && motivation.equals(other.motivation) && labels.equals(other.labels);
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
