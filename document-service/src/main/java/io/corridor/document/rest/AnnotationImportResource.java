package io.corridor.document.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import io.corridor.document.api.ImportReport;
import io.corridor.document.service.AnnotationImports;
import io.corridor.document.Caller;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/annotations/import")
@Tag(name = "Annotations")
public class AnnotationImportResource {

    /** An import larger than this is split by the client: 413. */
    static final int MAX_BODY_BYTES = 20 << 20;

    private final AnnotationImports imports;
    private final SecurityIdentity identity;
    private final JsonBodies json;

    public AnnotationImportResource(AnnotationImports imports, SecurityIdentity identity, JsonBodies json) {
        this.imports = imports;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Consumes({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "importAnnotations", summary = "Import W3C annotations or Hypothesis rows into a document", description = """
            The body is W3C Web Annotation JSON-LD (an Annotation, an AnnotationCollection with its first page \
            embedded, an AnnotationPage, or an array of annotations) or Hypothesis search API output \
            ({"rows": [...]} or an array of rows; target[].selector, text, tags, user). Each annotation is anchored \
            in the document's latest text by its TextQuoteSelector (exact quote by context and position, else \
            approximately), checked like a POST, and created by the caller, the original author kept as the \
            generator. Those that cannot be stored (a page note, a reply, no quote, a refused body) are listed \
            in rejected with their index; the others are stored together.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(description = "W3C JSON-LD (an annotation, a "
                    + "collection, a page, or an array of annotations) or Hypothesis search output ({\"rows\": [...]} or an array "
                    + "of rows)"), examples = @ExampleObject(name = "hypothesis", value = """
                            {"rows": [{"user": "acct:amina@hypothes.is", "text": "à vérifier", "tags": ["mali"],
                              "created": "2024-03-01T10:00:00Z", "uri": "https://example.org/rapport.pdf",
                              "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Forum pour un autre Mali"}]}]}]}""")),
            @Content(mediaType = AnnotationResource.LD_JSON, schema = @Schema(description = "W3C JSON-LD: an annotation, a "
                    + "collection, a page, or an array of annotations")) })
    @APIResponse(responseCode = "200", description = "What was stored, anchored, orphaned and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or none of the accepted shapes; document missing")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    @APIResponse(responseCode = "413", description = "The body is larger than 20 MiB")
    public Uni<ImportReport> importInto(
            @Parameter(description = "Id of the document to import into", required = true, example = "12",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\s*[0-9]+\\s*$")) @QueryParam("document") String document,
            byte[] body) {
        long documentId = documentId(document);
        limit(body);
        return imports.importInto(documentId, json.read(body, "the annotations to import"), Caller.of(identity));
    }

    /** 413 for an import larger than {@link #MAX_BODY_BYTES}. */
    static void limit(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "too-large", "Content Too Large", "an import is at most " + MAX_BODY_BYTES
                    + " bytes: split it", List.of(Violation.field("body", "must be at most " + MAX_BODY_BYTES + " bytes")));
        }
    }

    private static long documentId(String document) {
        if (document == null || document.isBlank()) {
            throw ProblemException.invalid("document", "is required: the id of the document to import into");
        }
        try {
            long id = Long.parseLong(document.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid("document", "must be a positive integer id");
    }
}
