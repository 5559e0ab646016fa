package io.corridor.document.mapping;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the W3C form's two directions share: its media type and context, and the public IRIs of annotations and
 * documents, built from {@code corridor.public-url} (the gateway's address, where clients find them).
 */
@ApplicationScoped
public class AnnotationIris {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json; profile=\"" + CONTEXT + "\"";
    public static final String CONTAINER_PATH = "/api/v1/annotations/";

    private static final Pattern ANNOTATION = Pattern.compile(
            "^(?:https?://[^/?#]+)?/api/v1/annotations/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");

    private final String publicUrl;

    public AnnotationIris(@ConfigProperty(name = "corridor.public-url") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public String publicUrl() {
        return publicUrl;
    }

    public String iri(UUID id) {
        return publicUrl + path(id);
    }

    public static String path(UUID id) {
        return "/api/v1/annotations/" + id;
    }

    public String documentIri(long documentId) {
        return publicUrl + "/api/v1/documents/" + documentId;
    }

    public String containerIri() {
        return publicUrl + CONTAINER_PATH;
    }

    /** The id of an annotation IRI (or path), or null if it names something else. */
    public static UUID annotationId(String iri) {
        Matcher m = iri == null ? null : ANNOTATION.matcher(iri);
        return m != null && m.matches() ? UUID.fromString(m.group(1)) : null;
    }
}
