package io.corridor.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.document.Caller;
import io.corridor.document.api.ImportReport;
import io.corridor.document.mapping.CasXmi;
import io.corridor.document.mapping.WebAnnoTsv;
import io.corridor.document.service.Interchange;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * A document with its annotations as INCEpTION and WebAnno exchange them: UIMA CAS XMI and WebAnno
 * TSV 3, out and in (docs/interchange.md). Blocking: XML and TSV are parsed and written on a worker.
 */
@Path("/api/v1/documents/{id}/interchange")
@Tag(name = "Interchange")
public class InterchangeResource {

    private static final String XML = InterchangeTypeSystemResource.XML;

    private final Interchange interchange;
    private final SecurityIdentity identity;

    public InterchangeResource(Interchange interchange, SecurityIdentity identity) {
        this.interchange = interchange;
        this.identity = identity;
    }

    @GET
    @Blocking
    @Produces({ CasXmi.MEDIA_TYPE, WebAnnoTsv.MEDIA_TYPE })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportInterchange", summary = "The document and its annotations as UIMA CAS XMI or WebAnno TSV 3",
            description = """
                    The latest version's text with every passage annotation the caller may see that is anchored in it \
                    (of one status when status is given, of one layer when layer is: layer=curated exports the curated \
                    document), for INCEpTION or any UIMA tool. format=xmi: UIMA CAS XMI \
                    (XML 1.0) with the type system of GET /api/v1/annotations/typesystem: a span layer \
                    webanno.custom.Passage (motivation, tags joined with "; ", comment), a relation layer \
                    webanno.custom.PassageLink (Governor, Dependent, label) for linking annotations with two passage \
                    targets, and DKPro Core sentences (a line each) and tokens. format=tsv: WebAnno TSV 3.3 with the \
                    same layers. Offsets in both are UTF-16 units, as UIMA counts (Corridor's are code points).""")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", required = true, description = "attachment, <title>.xmi or <title>.tsv",
                    schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = CasXmi.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = WebAnnoTsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "format is not xmi or tsv, or status is not a status, or layer not a layer")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    public Response export(@PathParam("id") long id,
            @Parameter(description = "xmi (UIMA CAS XMI) or tsv (WebAnno TSV 3.3)", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "xmi", "tsv" })) @QueryParam("format") String format,
            @Parameter(description = "Only annotations of this status; all the caller may see when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "pending", "proposed", "accepted", "rejected" }))
            @QueryParam("status") String status,
            @Parameter(description = "Only this layer: curated (the document's curated layer, its gold standard) or annotators "
                    + "(their own annotations); both when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "annotators", "curated" }))
            @QueryParam("layer") String layer) {
        Interchange.Format f = Interchange.Format.of(format);
        Interchange.Exported file = interchange.export(id, f, status, layer, Caller.of(identity));
        return Response.ok(file.bytes(), f.mediaType)
                .header("Content-Disposition", AnnotatedPdfResource.contentDisposition(file.title() + "." + f.extension)).build();
    }

    @POST
    @Blocking
    @Consumes({ CasXmi.MEDIA_TYPE, XML, WebAnnoTsv.MEDIA_TYPE })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "importInterchange", summary = "Import annotations from UIMA CAS XMI or WebAnno TSV 3 into a document",
            description = """
                    The body is a UIMA CAS XMI (application/vnd.xmi+xml or application/xml) or a WebAnno TSV 3.x file \
                    (text/tab-separated-values, UTF-8) with the layers of GET /api/v1/annotations/typesystem, as \
                    INCEpTION exports them; other layers are skipped. Each webanno.custom.Passage becomes an annotation \
                    (its motivation, tags and comment), each webanno.custom.PassageLink a linking annotation from its \
                    Governor's passage to its Dependent's, typed by its label. Passages are anchored in the document's \
                    latest text by their quote and position (UTF-16 offsets of the file converted to code points) like \
                    any import, created by the caller with the format as generator; rows refused (passages first, then \
                    relations) are listed in rejected. A malformed file is a 400 naming its line (and XML element); \
                    a DOCTYPE is refused (no entities).""")
    @RequestBody(required = true, content = {
            @Content(mediaType = CasXmi.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "UIMA CAS XMI")),
            @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, description = "UIMA CAS XMI")),
            @Content(mediaType = WebAnnoTsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "WebAnno TSV 3.x, UTF-8")) })
    @APIResponse(responseCode = "200", description = "What was stored, anchored, orphaned and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The file is malformed (the problem names the line), empty, or not UTF-8")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    @APIResponse(responseCode = "413", description = "The body is larger than 20 MiB")
    public ImportReport importInto(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        AnnotationImportResource.limit(body);
        Interchange.Format format = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(WebAnnoTsv.MEDIA_TYPE)
                ? Interchange.Format.TSV : Interchange.Format.XMI;
        return interchange.importInto(id, format, body, Caller.of(identity));
    }
}
