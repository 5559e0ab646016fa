package io.corridor.document.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationCsv;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.mapping.ExportRow;
import io.corridor.document.repository.AnchoringQueries;
import io.smallrye.mutiny.Uni;

/**
 * Every annotation the caller may see that the container's filters select, at once: as one
 * AnnotationCollection with all items embedded (JSON-LD), or as CSV rows. Read in pages of the
 * container's largest size, oldest first.
 */
@ApplicationScoped
public class AnnotationExport {

    static final int PAGE = 1000;

    private final AnnotationService annotations;
    private final AnnotationWriter writer;
    private final AnchoringQueries queries;

    public AnnotationExport(AnnotationService annotations, AnnotationWriter writer, AnchoringQueries queries) {
        this.annotations = annotations;
        this.writer = writer;
        this.queries = queries;
    }

    public Uni<ObjectNode> jsonLd(AnnotationFilter filter, Caller caller) {
        return all(filter, caller).map(list -> {
            String query = filter.query();
            String id = writer.iris().publicUrl() + "/api/v1/annotations/export" + (query.isEmpty() ? "" : "?" + query);
            ObjectNode collection = JsonNodeFactory.instance.objectNode();
            collection.put("@context", AnnotationIris.CONTEXT);
            collection.put("id", id);
            collection.putArray("type").add("AnnotationCollection");
            collection.put("label", "Corridor annotations" + (query.isEmpty() ? "" : " (" + query + ")"));
            collection.put("total", list.size());
            ObjectNode first = collection.putObject("first");
            first.put("type", "AnnotationPage");
            first.put("partOf", id);
            first.put("startIndex", 0);
            ArrayNode items = first.putArray("items");
            for (Annotation a : list) {
                ObjectNode item = writer.write(a);
                item.remove("@context"); // the collection's context covers its items
                items.add(item);
            }
            return collection;
        });
    }

    public Uni<String> csv(AnnotationFilter filter, Caller caller) {
        return all(filter, caller).flatMap(list -> queries
                .pageEnds(list.stream().map(a -> a.documentId).distinct().toList())
                .map(pages -> AnnotationCsv.write(list.stream().map(a -> row(a, pages)).toList())));
    }

    private ExportRow row(Annotation a, Map<AnchoringQueries.VersionKey, int[]> pages) {
        Integer page = a.version == null ? null
                : AnchoringQueries.page(pages.get(new AnchoringQueries.VersionKey(a.documentId, a.version)), a.startPos);
        return new ExportRow(writer.iris().iri(a.id), a.documentId, a.version, a.exact, a.startPos, a.endPos, page, a.motivation,
                a.tags == null ? List.of() : List.of(a.tags), a.actorIds == null ? List.of() : List.of(a.actorIds),
                a.creator, a.visibility, a.status, a.createdAt, a.modifiedAt);
    }

    /** Every annotation the caller may see that the filter selects, oldest first, in pages of the container's largest size. */
    Uni<List<Annotation>> all(AnnotationFilter filter, Caller caller) {
        return all(filter, caller, 0, new ArrayList<>());
    }

    private Uni<List<Annotation>> all(AnnotationFilter filter, Caller caller, int page, List<Annotation> into) {
        return annotations.list(filter, caller, page, PAGE).flatMap(listing -> {
            into.addAll(listing.items());
            if (listing.items().size() < PAGE || into.size() >= listing.total()) {
                return Uni.createFrom().item(into);
            }
            return all(filter, caller, page + 1, into);
        });
    }
}
