package io.corridor.document.mapping;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationFilter;

/**
 * The container's JSON-LD (W3C Web Annotation Protocol, section 4): an AnnotationCollection whose
 * pages are AnnotationPages. Page links keep the filters, the page size and the IRIs-or-descriptions
 * choice, so a client follows {@code next} without rebuilding anything.
 */
public final class AnnotationContainer {

    public static final String LDP = "http://www.w3.org/ns/ldp.jsonld";
    public static final String PREFER_MINIMAL = "http://www.w3.org/ns/ldp#PreferMinimalContainer";
    public static final String PREFER_IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";
    public static final String PREFER_DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;
    static final String LABEL = "Corridor annotations";

    /** What the client prefers to get embedded. */
    public enum Mode {
        MINIMAL, IRIS, DESCRIPTIONS;

        /** The preference of a {@code Prefer} header (descriptions when it says nothing about containers). */
        public static Mode of(String prefer) {
            String p = prefer == null ? "" : prefer.toLowerCase(Locale.ROOT);
            if (p.contains(PREFER_MINIMAL.toLowerCase(Locale.ROOT))) {
                return MINIMAL;
            }
            if (p.contains(PREFER_IRIS.toLowerCase(Locale.ROOT))) {
                return IRIS;
            }
            return DESCRIPTIONS;
        }
    }

    private final AnnotationWriter writer;
    private final AnnotationFilter filter;
    private final int size;
    private final long total;

    /** The document the listing is filtered on, or null. */
    public Long document() {
        return filter.document();
    }

    public AnnotationContainer(AnnotationWriter writer, AnnotationFilter filter, int size, long total) {
        this.writer = writer;
        this.filter = filter;
        this.size = size;
        this.total = total;
    }

    public String id() {
        return writer.iris().publicUrl() + path();
    }

    public String pageIri(int page, boolean iris) {
        return writer.iris().publicUrl() + pagePath(page, iris);
    }

    /** The collection's path with its filters. */
    private String path() {
        String q = filter.query();
        return AnnotationIris.CONTAINER_PATH + (q.isEmpty() ? "" : "?" + q);
    }

    private String pagePath(int page, boolean iris) {
        String q = filter.query();
        return AnnotationIris.CONTAINER_PATH + "?" + (q.isEmpty() ? "" : q + "&") + (size == DEFAULT_SIZE ? "" : "size=" + size + "&")
                + (iris ? "iris=1&" : "") + "page=" + page;
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    /** The collection; {@code firstPage} is the embedded first page's items (ignored for MINIMAL). UTF-8 JSON. */
    public ChunkedBytes collection(Mode mode, List<Annotation> firstPage) {
        return writer.streamedChunks(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("@context");
            g.writeString(AnnotationIris.CONTEXT);
            g.writeString(LDP);
            g.writeEndArray();
            g.writeStringField("id", id());
            g.writeArrayFieldStart("type");
            g.writeString("BasicContainer");
            g.writeString("AnnotationCollection");
            g.writeEndArray();
            g.writeStringField("label", LABEL);
            g.writeNumberField("total", total);
            boolean iris = mode == Mode.IRIS;
            if (mode == Mode.MINIMAL) {
                g.writeStringField("first", pageIri(0, false));
            } else {
                g.writeFieldName("first");
                page(g, 0, iris, firstPage, false);
            }
            g.writeStringField("last", pageIri(lastPage(), iris));
            g.writeEndObject();
        });
    }

    /** Page {@code n}, its items full annotations or their IRIs. UTF-8 JSON. */
    public ChunkedBytes page(int n, boolean iris, List<Annotation> items) {
        return writer.streamedChunks(g -> page(g, n, iris, items, true));
    }

    /**
     * Streamed rather than built as a tree: a page holds up to a thousand annotations, whose bodies go out as
     * stored. Embedded in the collection ({@code standalone} false), the page has neither context nor partOf.
     */
    private void page(JsonGenerator g, int n, boolean iris, List<Annotation> items, boolean standalone) throws IOException {
        g.writeStartObject();
        if (standalone) {
            g.writeStringField("@context", AnnotationIris.CONTEXT);
        }
        g.writeStringField("id", pageIri(n, iris));
        g.writeStringField("type", "AnnotationPage");
        if (standalone) {
            g.writeObjectFieldStart("partOf");
            g.writeStringField("id", id());
            g.writeStringField("label", LABEL);
            g.writeNumberField("total", total);
            g.writeEndObject();
        }
        g.writeNumberField("startIndex", (long) n * size);
        if (n < lastPage()) {
            g.writeStringField("next", pageIri(n + 1, iris));
        }
        if (n > 0) {
            g.writeStringField("prev", pageIri(Math.min(n - 1, lastPage()), iris));
        }
        g.writeArrayFieldStart("items");
        for (Annotation a : items) {
            if (iris) {
                g.writeString(writer.iris().iri(a.id));
            } else {
                writer.writeTo(g, a, true);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
