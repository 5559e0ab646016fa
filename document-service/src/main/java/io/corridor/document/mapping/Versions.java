package io.corridor.document.mapping;

import io.corridor.document.api.VersionView;
import io.corridor.document.DocumentVersion;

/** Maps version entities to views. */
public final class Versions {

    private Versions() {
    }

    public static VersionView view(DocumentVersion v) {
        return new VersionView(v.n, v.sha256, v.mediaType, v.fileName, v.size, v.textLength,
                v.pageEnds == null ? null : v.pageEnds.length, v.noTextLayer, v.createdBy, v.createdAt);
    }
}
