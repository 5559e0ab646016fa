package io.corridor.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, exactly as received; kept apart so metadata reads never load them. */
@Entity
@Table(name = "document_original")
public class DocumentOriginal {

    @Id
    @Column(name = "version_id")
    public Long versionId;

    @Column(nullable = false, updatable = false)
    public byte[] bytes;
}
