package io.corridor.document.repository;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/**
 * The texts of document versions, read once and kept: every annotation write checks its selectors
 * against the version's text, and reading a whole text (often 100,000 characters) per create cost
 * more than the create's own statements (bench/results/profiles/annotation-create.md).
 * <p>
 * A version's text never changes and a version is never deleted (a new file is version n+1, a
 * document is only soft-deleted), so an entry keyed by document and version number can never be
 * stale; a new version needs no invalidation, since callers read the document's latest version
 * number from its row first. The least recently used texts go when the total passes
 * {@code corridor.annotations.text-cache-chars}.
 */
@ApplicationScoped
public class VersionTexts {

    private record Key(long documentId, int n) {
    }

    private final VersionRepository versions;
    private final long capacity;
    /** Access-ordered: the eldest entry is the least recently used. Guarded by this. */
    private final LinkedHashMap<Key, String> texts = new LinkedHashMap<>(16, 0.75f, true);
    /** Characters held. Guarded by this. */
    private long held;

    public VersionTexts(VersionRepository versions,
            @ConfigProperty(name = "corridor.annotations.text-cache-chars", defaultValue = "8000000") long capacity) {
        this.versions = versions;
        this.capacity = capacity;
    }

    /** The text of version {@code n} of the document, or null when there is no such version. */
    public Uni<String> of(long documentId, int n) {
        Key key = new Key(documentId, n);
        String known = get(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return versions.of(documentId, n).map(v -> {
            if (v == null) {
                return null;
            }
            put(key, v.text);
            return v.text;
        });
    }

    private synchronized String get(Key key) {
        return texts.get(key);
    }

    private synchronized void put(Key key, String text) {
        if (text.length() > capacity) {
            return;
        }
        String before = texts.put(key, text);
        held += text.length() - (before == null ? 0 : before.length());
        var eldest = texts.entrySet().iterator();
        while (held > capacity && eldest.hasNext()) {
            Map.Entry<Key, String> e = eldest.next();
            held -= e.getValue().length();
            eldest.remove();
        }
    }
}
