package io.corridor.document.mapping;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One annotation as a CSV line: its IRI, the document's id, the version and passage it points
 * to (code points; the page of a paginated document, if known), what it says (motivation, tags,
 * actor ids), who and when.
 */
public record ExportRow(String id, long document, Integer version, String quote, Integer start, Integer end, Integer page,
        String motivation, List<String> tags, List<Long> actors, String creator, String visibility, String status,
        OffsetDateTime created, OffsetDateTime modified) {
}
