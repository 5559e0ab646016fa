package io.corridor.actor.mention;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The latest scan of each document, kept while its version and the registry revision stay the
 * same, so that a timeline reads again only the texts that changed (a new version) or all of them
 * once after the registry changed. Bounded: the least recently used documents are forgotten first.
 * Holds no text, only per-actor counts and a first mention, and answers only for documents the
 * caller's own listing names, so it reveals nothing the caller may not read.
 */
@ApplicationScoped
public class DocumentScans {

    private final Map<Long, DocumentScan> scans;

    public DocumentScans(@ConfigProperty(name = "corridor.timeline.cached-documents", defaultValue = "10000") int capacity) {
        this.scans = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, DocumentScan> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The scan of this version at this revision, or null when it must be read again. */
    public synchronized DocumentScan get(long documentId, int version, long revision) {
        DocumentScan scan = scans.get(documentId);
        return scan != null && scan.version() == version && scan.revision() == revision ? scan : null;
    }

    public synchronized void put(DocumentScan scan) {
        DocumentScan known = scans.get(scan.documentId());
        // a slower reader of an older version or revision must not replace a newer scan
        if (known == null || known.revision() < scan.revision()
                || known.revision() == scan.revision() && known.version() <= scan.version()) {
            scans.put(scan.documentId(), scan);
        }
    }
}
