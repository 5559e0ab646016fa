package io.corridor.document.repository;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/**
 * The texts of document versions, and where their pages end, read once and kept: every annotation
 * write checks its selectors against the version's text, and reading a whole text (often 100,000
 * characters) per create cost more than the create's own statements
 * (bench/results/profiles/annotation-create.md); the reader asks the text and the pages at every open.
 * <p>
 * A version's text never changes and a version is never deleted (a new file is version n+1, a
 * document is only soft-deleted), so an entry keyed by document and version number can never be
 * stale; a new version needs no invalidation, since callers read the document's latest version
 * number from its row first. The least recently used texts go when the total passes
 * {@code corridor.annotations.text-cache-chars}.
 */
@ApplicationScoped
public class VersionTexts {

    /** Page ends of a version of a format without pages. */
    private static final int[] NO_PAGES = new int[0];

    private record Key(long documentId, int n) {
    }

    private record Kept(String text, int[] pageEnds) {
    }

    private final VersionRepository versions;
    private final long capacity;
    /** Access-ordered: the eldest entry is the least recently used. Guarded by this. */
    private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    /** Characters held. Guarded by this. */
    private long held;

    public VersionTexts(VersionRepository versions,
            @ConfigProperty(name = "corridor.annotations.text-cache-chars", defaultValue = "8000000") long capacity) {
        this.versions = versions;
        this.capacity = capacity;
    }

    /** The text of version {@code n} of the document, or null when there is no such version. */
    public Uni<String> of(long documentId, int n) {
        return version(documentId, n).map(k -> k == null ? null : k.text());
    }

    /**
     * Where each page of version {@code n} ends in its text (code points; empty for a format without pages), or null
     * when there is no such version.
     */
    public Uni<int[]> pageEnds(long documentId, int n) {
        return version(documentId, n).map(k -> k == null ? null : k.pageEnds());
    }

    private Uni<Kept> version(long documentId, int n) {
        Key key = new Key(documentId, n);
        Kept known = get(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return versions.of(documentId, n).map(v -> {
            if (v == null) {
                return null;
            }
            Kept read = new Kept(v.text, v.pageEnds == null ? NO_PAGES : v.pageEnds);
            put(key, read);
            return read;
        });
    }

    private synchronized Kept get(Key key) {
        return kept.get(key);
    }

    private synchronized void put(Key key, Kept version) {
        if (version.text().length() > capacity) {
            return;
        }
        Kept before = kept.put(key, version);
        held += version.text().length() - (before == null ? 0 : before.text().length());
        var eldest = kept.entrySet().iterator();
        while (held > capacity && eldest.hasNext()) {
            Map.Entry<Key, Kept> e = eldest.next();
            held -= e.getValue().text().length();
            eldest.remove();
        }
    }
}
