package io.corridor.remittance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Which revision of each observation a read answers. By default the latest one Corridor holds; {@code recordedBy}
 * (the API's asOf) keeps only what Corridor had recorded by then. By publication, as ALFRED answers vintages:
 * {@code publishedBy} (the API's vintage) the revision with the latest release date on or before that day, and
 * {@code firstRelease} the earliest released one (on or before publishedBy when both are given).
 */
public record RevisionChoice(OffsetDateTime recordedBy, LocalDate publishedBy, boolean firstRelease) {

    public static final RevisionChoice LATEST = new RevisionChoice(null, null, false);

    public static RevisionChoice recordedBy(OffsetDateTime asOf) {
        return new RevisionChoice(asOf, null, false);
    }

    /** True when the revision is chosen by its release date rather than by its number. */
    boolean byPublication() {
        return publishedBy != null || firstRelease;
    }
}
