package io.corridor.actor;

import java.time.OffsetDateTime;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.corridor.support.time.PartialDate;

/**
 * What every entry of the registry carries, actor or relation: the partial dates it spans, its
 * status (annotators propose, curators accept), its version (the ETag) and who created and last
 * changed it.
 */
@MappedSuperclass
public abstract class Registered {

    /** Partial dates as the sources state them, with the widest day span they may denote, for queries. */
    @Column(name = "start_date")
    public String startDate;
    @Column(name = "start_from")
    public LocalDate startFrom;
    @Column(name = "end_date")
    public String endDate;
    @Column(name = "end_to")
    public LocalDate endTo;

    @Column(nullable = false)
    @Convert(converter = StatusConverter.class)
    public Status status;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** Sets the span; either end may be unknown (null). */
    public void span(PartialDate start, PartialDate end) {
        startDate = start == null ? null : start.text();
        startFrom = start == null ? null : start.start();
        endDate = end == null ? null : end.text();
        endTo = end == null ? null : end.end();
    }

    /** Stamps a new entry: accepted when a curator records it, proposed otherwise. */
    public void created(String by, boolean curated) {
        status = curated ? Status.ACCEPTED : Status.PROPOSED;
        createdBy = by;
        createdAt = OffsetDateTime.now();
    }

    /** Stamps a change. */
    public void changed(String by) {
        changedBy = by;
        changedAt = OffsetDateTime.now();
    }

    /** A curator accepts a proposal; accepting an accepted entry changes nothing. */
    public void accept(String by) {
        if (status != Status.ACCEPTED) {
            status = Status.ACCEPTED;
            changed(by);
        }
    }
}
