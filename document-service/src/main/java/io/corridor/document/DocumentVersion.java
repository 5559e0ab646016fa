package io.corridor.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One uploaded file of a document and its extracted text (NFC, {@code \n} line ends). Immutable
 * once stored, except for the language that picks its search configuration.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    public Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    public Long documentId;

    /** 1 for the first upload, n+1 for each new file. */
    @Column(nullable = false, updatable = false)
    public int n;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "file_name", updatable = false)
    public String fileName;

    @Column(nullable = false, updatable = false)
    public long size;

    @Column(nullable = false, updatable = false)
    public String text;

    /** Length of the text in Unicode code points, the unit of every offset. */
    @Column(name = "text_length", nullable = false, updatable = false)
    public int textLength;

    @Column(name = "no_text_layer", nullable = false, updatable = false)
    public boolean noTextLayer;

    /** Where each page ends in the text (code points), for paginated formats (PDF); null for the others. */
    @Column(name = "page_ends", updatable = false)
    public int[] pageEnds;

    public String language;

    /** The page ranges, or null for formats without pages. */
    public List<PageRange> pages() {
        return pageEnds == null ? null : pages(pageEnds);
    }

    /** The page ranges whose ends these are (code points), in order. */
    public static List<PageRange> pages(int[] pageEnds) {
        List<PageRange> pages = new ArrayList<>(pageEnds.length);
        int start = 0;
        for (int i = 0; i < pageEnds.length; i++) {
            pages.add(new PageRange(i + 1, start, pageEnds[i]));
            start = pageEnds[i];
        }
        return pages;
    }

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
