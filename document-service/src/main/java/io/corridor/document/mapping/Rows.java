package io.corridor.document.mapping;

import java.util.List;

import io.vertx.mutiny.sqlclient.Row;

import io.corridor.document.api.VersionView;
import io.corridor.document.api.Document;

/** Maps rows of {@link #VIEW_COLUMNS} to views: every document the API shows goes through here. */
public final class Rows {

    /** The columns a view needs, over {@code document d} joined to its latest {@code document_version v}. */
    public static final String VIEW_COLUMNS = """
            d.id, d.title, d.authors, d.issuer, d.date, d.kind, d.language, d.source_url,
            d.tags, d.revision, d.created_by, d.created_at, d.updated_at,
            v.n, v.sha256, v.media_type, v.file_name, v.size, v.text_length, v.no_text_layer,
            cardinality(v.page_ends) as page_count, v.created_by as version_created_by,
            v.created_at as version_created_at""";

    private Rows() {
    }

    public static Document document(Row row) {
        VersionView version = new VersionView(row.getInteger("n"), row.getString("sha256"), row.getString("media_type"),
                row.getString("file_name"), row.getLong("size"), row.getInteger("text_length"),
                row.getInteger("page_count"), row.getBoolean("no_text_layer"), row.getString("version_created_by"),
                row.getOffsetDateTime("version_created_at"));
        return new Document(row.getLong("id"), row.getString("title"), List.of(row.getArrayOfStrings("authors")),
                row.getLong("issuer"), row.getString("date"), row.getString("kind"), row.getString("language"),
                row.getString("source_url"), List.of(row.getArrayOfStrings("tags")), version, row.getString("created_by"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"), row.getLong("revision"));
    }
}
