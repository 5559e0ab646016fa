package io.corridor.document;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A policy document of the library. */
@Entity
public class Document {

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String kind;

    public String language;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
