package io.corridor.document.rest;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.corridor.document.Caller;
import io.corridor.document.service.AnnotatedPdfExport;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1/documents/{id}/annotated.pdf")
@Tag(name = "Documents")
public class AnnotatedPdfResource {

    static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(AnnotatedPdfResource.class);

    private final AnnotatedPdfExport export;
    private final SecurityIdentity identity;

    public AnnotatedPdfResource(AnnotatedPdfExport export, SecurityIdentity identity) {
        this.export = export;
        this.identity = identity;
    }

    /** Blocking: PDFBox parses and writes on this worker thread, straight into the response. */
    @GET
    @Blocking
    @Produces(PDF)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportAnnotatedPdf", summary = "The original PDF with the caller's visible annotations in it",
            description = """
                    The original file of the latest version (or of version n) with every annotation the caller may see \
                    that is anchored in that version written into it as a PDF annotation, for any PDF reader: a \
                    Highlight over the passage's words (one quad per line, one highlight per page the passage spans) \
                    coloured by motivation, with the comment as plain text (Contents), the creator's user name (T), \
                    the motivation (Subj), creation and modification dates, the annotation's IRI (NM) and a Popup; \
                    replies are Text notes in reply to it (IRT). Annotations the caller may not see are not in the \
                    file. Only PDFs: another format answers 409 naming its media type.""")
    @APIResponse(responseCode = "200", description = "The annotated PDF",
            headers = { @Header(name = "ETag", required = true, description = "Weak: the version and the included annotations' revisions",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", required = true, description = "attachment, <title>-annotated.pdf (RFC 6266, with filename*)",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag: nothing changed",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such document (or deleted), or no such version")
    @APIResponse(responseCode = "409", description = "The version is not a PDF (the problem names its media type)")
    public Response export(@PathParam("id") long id,
            @Parameter(description = "The version (1, 2, ...); the latest when absent", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("version") String version,
            @Parameter(description = "The ETag of an export read before") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AnnotatedPdfExport.Export pdf = export.export(id, version(version), Caller.of(identity), ifNoneMatch);
        if (pdf.pdf() == null) {
            return Response.notModified().header(HttpHeaders.ETAG, pdf.etag()).header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                    .build();
        }
        StreamingOutput body = out -> {
            try (var document = pdf.pdf()) {
                document.save(out);
            } catch (IOException e) {
                LOG.debugf("annotated PDF of document %d not sent whole: %s", id, e.toString());
                throw e;
            }
        };
        return Response.ok(body, PDF).header(HttpHeaders.ETAG, pdf.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("Content-Disposition", contentDisposition(pdf.title() + "-annotated.pdf")).build();
    }

    private static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(version.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("version", "must be a version number (1, 2, ...)");
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients (accents dropped, quotes and controls
     * replaced) and the exact name in {@code filename*} (RFC 8187, UTF-8).
     */
    static String contentDisposition(String fileName) {
        String name = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace('"', '\'');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
