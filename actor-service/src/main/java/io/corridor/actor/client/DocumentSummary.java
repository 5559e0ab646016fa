package io.corridor.actor.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A listed document: its id, title, partial date as stated, and its latest version. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentSummary(long id, String title, String date, Version version) {

    /** The latest version's number; a version's text never changes, so (id, number) names a text for good. */
    public int latest() {
        return version == null ? 1 : version.n();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Version(int n) {
    }
}
