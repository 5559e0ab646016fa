package io.corridor.document.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What exports and agreement read beside the annotations, without loading version texts: where
 * the pages of versions end (to give an annotation its page).
 */
@ApplicationScoped
public class AnchoringQueries {

    private final Pool pool;

    public AnchoringQueries(Pool pool) {
        this.pool = pool;
    }

    /** One version of one document. */
    public record VersionKey(long documentId, int n) {
    }

    /** The page ends (code points) of the paginated versions of these documents. */
    public Uni<Map<VersionKey, int[]>> pageEnds(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select document_id, n, page_ends from document_version "
                + "where document_id = any($1) and page_ends is not null")
                .execute(Tuple.of(documentIds.toArray(Long[]::new))).map(rows -> {
                    Map<VersionKey, int[]> ends = new HashMap<>();
                    for (Row row : rows) {
                        Integer[] values = row.getArrayOfIntegers("page_ends");
                        int[] e = new int[values.length];
                        for (int i = 0; i < values.length; i++) {
                            e[i] = values[i];
                        }
                        ends.put(new VersionKey(row.getLong("document_id"), row.getInteger("n")), e);
                    }
                    return ends;
                });
    }

    /** The page (from 1) holding code point {@code start}, given where pages end; null for unpaginated text. */
    public static Integer page(int[] pageEnds, Integer start) {
        if (pageEnds == null || start == null) {
            return null;
        }
        for (int i = 0; i < pageEnds.length; i++) {
            if (start < pageEnds[i]) {
                return i + 1;
            }
        }
        return pageEnds.length == 0 ? null : pageEnds.length;
    }
}
