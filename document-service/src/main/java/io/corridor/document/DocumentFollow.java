package io.corridor.document;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member following a document: told of its new versions. */
@Entity
@Table(name = "document_follow")
@IdClass(DocumentFollow.Key.class)
public class DocumentFollow {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Id
    public String username;

    @Column(nullable = false)
    public OffsetDateTime since;

    public record Key(Long documentId, String username) implements Serializable {
    }
}
