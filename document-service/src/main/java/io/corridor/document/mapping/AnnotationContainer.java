package io.corridor.document.mapping;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** The collection; {@code firstPage} is the embedded first page's items (ignored for MINIMAL). */
    public ObjectNode collection(Mode mode, List<Annotation> firstPage) {
        ObjectNode o = writer.object();
        ArrayNode context = o.putArray("@context");
        context.add(AnnotationIris.CONTEXT);
        context.add(LDP);
        o.put("id", id());
        ArrayNode type = o.putArray("type");
        type.add("BasicContainer");
        type.add("AnnotationCollection");
        o.put("label", LABEL);
        o.put("total", total);
        boolean iris = mode == Mode.IRIS;
        if (mode == Mode.MINIMAL) {
            o.put("first", pageIri(0, false));
        } else {
            ObjectNode first = page(0, iris, firstPage);
            first.remove("@context");
            first.remove("partOf");
            o.set("first", first);
        }
        o.put("last", pageIri(lastPage(), iris));
        return o;
    }

    /** Page {@code n}, its items full annotations or their IRIs. */
    public ObjectNode page(int n, boolean iris, List<Annotation> items) {
        ObjectNode o = writer.object();
        o.put("@context", AnnotationIris.CONTEXT);
        o.put("id", pageIri(n, iris));
        o.put("type", "AnnotationPage");
        ObjectNode partOf = o.putObject("partOf");
        partOf.put("id", id());
        partOf.put("label", LABEL);
        partOf.put("total", total);
        o.put("startIndex", (long) n * size);
        if (n < lastPage()) {
            o.put("next", pageIri(n + 1, iris));
        }
        if (n > 0) {
            o.put("prev", pageIri(Math.min(n - 1, lastPage()), iris));
        }
        ArrayNode array = o.putArray("items");
        for (Annotation a : items) {
            if (iris) {
                array.add(writer.iris().iri(a.id));
            } else {
                array.add(writer.write(a));
            }
        }
        return o;
    }
}
