package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A controlled vocabulary: a SKOS concept scheme owned by a team (its members read it, its curators change it)
 * or shared with every reader (team null: admins change it). Its concepts are {@link Concept} rows.
 */
@Entity
public class Vocabulary {

    @Id
    public UUID id;

    /** The skos:ConceptScheme IRI, unique: as imported, or {@code urn:uuid:} minted. */
    @Column(nullable = false)
    public String iri;

    @Column(nullable = false)
    public String title;

    /** The owning team (Keycloak group); null: shared. */
    public String team;

    /** Bumped by every change: the ETag (the service locks the row before changing it). */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "modified_at", nullable = false)
    public OffsetDateTime modifiedAt;

    public boolean shared() {
        return team == null;
    }

    /** Who may read it: a shared one everyone, a team's its members and admins. */
    public boolean readableBy(Caller caller) {
        return shared() || caller.admin() || caller.teams().contains(team);
    }

    /** Who may change it: a shared one admins, a team's its curators and admins. */
    public boolean writableBy(Caller caller) {
        return caller.admin() || (!shared() && caller.curator() && caller.teams().contains(team));
    }
}
