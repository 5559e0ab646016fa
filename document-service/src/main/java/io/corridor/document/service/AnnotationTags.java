package io.corridor.document.service;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Caller;
import io.corridor.document.api.TagCount;
import io.corridor.document.repository.AnnotationTagQueries;
import io.smallrye.mutiny.Uni;

/** Tag suggestions for the annotation editor: the tags in use that the caller may see. */
@ApplicationScoped
public class AnnotationTags {

    /** Tags are stored lower-cased and are short: a longer prefix can match nothing. */
    static final int MAX_PREFIX = 200;

    private final AnnotationTagQueries queries;

    public AnnotationTags(AnnotationTagQueries queries) {
        this.queries = queries;
    }

    public Uni<List<TagCount>> inUse(String prefix, Caller caller, int size) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (p.length() > MAX_PREFIX) {
            return Uni.createFrom().item(List.of());
        }
        return queries.tags(p, caller, size);
    }
}
