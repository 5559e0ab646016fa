package io.corridor.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * The container's filters, each optional: target document (a relation is found from any of its documents),
 * creator, tag, motivation, linked actor, creation period (ISO dates, both days included), status, and a
 * vocabulary concept (its IRI: annotations tagged with it or with any of its narrower concepts, transitively), and a
 * layer (annotators' own annotations, or the curated layer). {@link #query()} gives them
 * back as a query string, which every page link of the listing keeps.
 */
public record AnnotationFilter(Long document, String creator, String tag, String motivation, Long actor,
        LocalDate from, LocalDate to, String status, String concept, String layer) {

    public static final AnnotationFilter NONE = new AnnotationFilter(null, null, null, null, null, null, null, null);

    /** Concept IRIs longer than this are no concept (vocabularies store at most this much). */
    public static final int MAX_CONCEPT = 2_000;

    public AnnotationFilter(Long document, String creator, String tag, String motivation, Long actor, LocalDate from,
            LocalDate to, String status) {
        this(document, creator, tag, motivation, actor, from, to, status, null, null);
    }

    public static AnnotationFilter of(String document, String creator, String tag, String motivation, String actor,
            String from, String to, String status) {
        return of(document, creator, tag, motivation, actor, from, to, status, null, null);
    }

    /** Checks the raw query parameters; every fault is named in one 400 problem. */
    public static AnnotationFilter of(String document, String creator, String tag, String motivation, String actor,
            String from, String to, String status, String concept, String layer) {
        List<Violation> v = new ArrayList<>();
        if (layer != null && !Annotation.LAYERS.contains(layer)) {
            v.add(Violation.field("layer", layer, "must be annotators or curated"));
        }
        if (concept != null && (concept.isBlank() || concept.length() > MAX_CONCEPT)) {
            v.add(Violation.field("concept", "must be a concept's IRI of at most " + MAX_CONCEPT + " characters"));
        }
        Long documentId = id("document", document, v);
        Long actorId = id("actor", actor, v);
        if (motivation != null && Motivation.of(motivation) == null) {
            v.add(Violation.field("motivation", motivation, "must be one of " + Motivation.names()));
        }
        if (status != null && !Annotation.STATUSES.contains(status) && !Annotation.PENDING.equals(status)) {
            v.add(Violation.field("status", status, "must be pending, proposed, accepted or rejected"));
        }
        LocalDate fromDate = date("from", from, v);
        LocalDate toDate = date("to", to, v);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            v.add(Violation.field("to", to, "must not be before from"));
        }
        if (!v.isEmpty()) {
            String detail = String.join("; ", v.stream().map(x -> x.field() + " " + x.message()).toList());
            throw new ProblemException(400, "validation", "Invalid request", detail, v);
        }
        return new AnnotationFilter(documentId, blankToNull(creator),
                tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT), motivation, actorId,
                fromDate, toDate, status, concept, layer);
    }

    private static Long id(String name, String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(Violation.field(name, value, "must be a positive integer id"));
        return null;
    }

    private static LocalDate date(String name, String value, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.field(name, value, "must be an ISO date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The filters as query parameters ({@code document=12&tag=mali}), empty when there are none. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "document", document);
        add(q, "creator", creator);
        add(q, "tag", tag);
        add(q, "motivation", motivation);
        add(q, "actor", actor);
        add(q, "from", from);
        add(q, "to", to);
        add(q, "status", status);
        add(q, "concept", concept);
        add(q, "layer", layer);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, Object value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
