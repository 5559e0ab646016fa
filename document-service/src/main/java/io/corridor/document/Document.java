package io.corridor.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A policy document of the library: its metadata and the number of its latest version. */
@Entity
public class Document {

    /** A language tag as documents carry it (fr, en, pt-BR): checked on upload, change and filtering. */
    public static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String[] authors = new String[0];

    /** The actor (actor-service id) that issued the document, when known. */
    public Long issuer;

    /** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) with the first and last day it may denote. */
    public String date;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    /** A {@link DocumentKind} value. */
    @Column(nullable = false)
    public String kind;

    public String language;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(nullable = false)
    public String[] tags = new String[0];

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** Bumped by every change of the document: its ETag. */
    @Version
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    public boolean deleted() {
        return deletedAt != null;
    }
}
