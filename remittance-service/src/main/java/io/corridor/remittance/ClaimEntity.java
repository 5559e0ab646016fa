package io.corridor.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A figure stated in a document (a claim), anchored by its quote and annotation, checked on demand. */
@Entity(name = "Claim")
public class ClaimEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String document;

    public String annotation;

    public String quote;

    @Column(name = "indicator_code", nullable = false)
    public String indicator;

    @Column(nullable = false)
    public String country;

    /** '' when the figure is not bilateral. */
    @Column(nullable = false)
    public String counterpart;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    /** The hedge word before the figure (environ, more than...), or null when the figure is stated as exact. */
    public String hedge;

    @Column(name = "source_cited")
    public String sourceCited;

    /** The document's publication date: the default vintage of the claim's verdict. */
    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
