package io.corridor.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.corridor.gateway.api.Document;
import io.corridor.gateway.api.DocumentPage;
import io.corridor.gateway.api.DocumentVersion;
import io.corridor.gateway.client.DocumentClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "The library of policy documents: files in, stable text out, versions")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String DATE = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD";

    private final DocumentClient documents;
    private final SecurityIdentity identity;

    public DocumentResource(DocumentClient documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    /** The filters of the listing and the search. */
    public static class Filters {
        @QueryParam("kind")
        @Parameter(description = "Only documents of this kind", example = "policy_briefing")
        public String kind;
        @QueryParam("language")
        @Parameter(description = "Only documents in this language", example = "fr")
        public String language;
        @QueryParam("from")
        @Parameter(description = "Only documents dated on or after this. " + DATE, example = "2016")
        public String from;
        @QueryParam("to")
        @Parameter(description = "Only documents dated on or before this. " + DATE, example = "2023-06")
        public String to;
        @QueryParam("tag")
        @Parameter(description = "Only documents with this tag", example = "mali")
        public String tag;

        DocumentClient.Filter toFilter() {
            return new DocumentClient.Filter(kind, language, from, to, tag);
        }
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List documents, newest first", description = "Filters combine; pages are stable (newest first, then id).")
    public Uni<Page<Document>> list(@Valid @BeanParam PageRequest page, @BeanParam Filters filters) {
        return documents.list(filters.toFilter(), page);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Upload a file as a new document",
            description = "PDF, DOCX, ODT, HTML, Markdown or plain text (UTF-8, or Windows-1252/Latin-1), at most 50 MiB. "
                    + "The text is extracted once (Unicode NFC, \\n line ends) and never changes. A byte-identical file "
                    + "already uploaded answers 200 with the existing document (same SHA-256) instead of a duplicate. "
                    + "A PDF without a text layer is kept and flagged noTextLayer. Faults name the form field: file "
                    + "(400 empty, 413 too large, 415 unsupported type, 422 bytes not matching the declared type, corrupt, "
                    + "encrypted, archive bomb) or the metadata field (400).")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the document, ETag its revision",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before: the existing document (Content-Location names it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "409", description = "These bytes belong to a deleted document (a curator can restore it)")
    @APIResponse(responseCode = "422", description = "The file cannot be read: bytes not matching the declared type, corrupt, encrypted, archive bomb")
    public Uni<Response> upload(@RestForm("file") FileUpload file, @RestForm String title, @RestForm List<String> authors,
            @RestForm String issuer, @RestForm String date, @RestForm String language, @RestForm String kind,
            @RestForm String sourceUrl, @RestForm List<String> tags) {
        ClientMultipartForm form = form(file);
        attribute(form, "title", title);
        attributes(form, "authors", authors);
        attribute(form, "issuer", issuer);
        attribute(form, "date", date);
        attribute(form, "language", language);
        attribute(form, "kind", kind);
        attribute(form, "sourceUrl", sourceUrl);
        attributes(form, "tags", tags);
        return documents.upload(form).map(DocumentResource::relay);
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    @Schema(name = "DocumentUpload")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The file")
        public String file;
        @Schema(description = "Title; the file name when absent", example = "Mali : éviter le piège de l'isolement")
        public String title;
        @Schema(description = "Authors, one per part", example = "[\"International Crisis Group\"]")
        public List<String> authors;
        @Schema(description = "Id of the issuing actor", example = "12")
        public String issuer;
        @Schema(description = DATE, example = "2023-02-09")
        public String date;
        @Schema(description = "Language tag; detected (fr or en) when absent", example = "fr")
        public String language;
        @Schema(description = "Kind; other when absent", example = "policy_briefing")
        public String kind;
        @Schema(description = "Where the document was published", example = "https://www.crisisgroup.org/")
        public String sourceUrl;
        @Schema(description = "Tags, one per part or comma-separated", example = "[\"mali\", \"sahel\"]")
        public List<String> tags;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "A document with its latest version")
    @APIResponse(responseCode = "200", description = "The document; ETag carries its revision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> get(@PathParam("id") long id) {
        return documents.get(id).map(DocumentResource::relay);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Change a document's metadata (JSON Merge Patch, RFC 7396)",
            description = "title, authors, issuer, date, language, kind, sourceUrl, tags; null removes an optional field. "
                    + "If-Match must carry the ETag read last: 428 without it, 412 when the document changed since. Server-owned "
                    + "fields (id, sha256, createdBy, createdAt, updatedAt, version) are refused (400). The uploader or a curator.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "retitle", value = "{\"title\": \"Livre blanc de la société civile\", \"tags\": [\"mali\", \"paix\"], \"sourceUrl\": null}")))
    @APIResponse(responseCode = "200", description = "The changed document with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> patch(@PathParam("id") long id,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] patch) {
        return documents.patch(id, ifMatch, patch).map(DocumentResource::relay);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Delete a document", description = "Curators soft-delete: the document answers 404 from then on but "
            + "keeps its versions (and annotations) and can be restored. With purge=true an admin removes it for good.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") long id,
            @Parameter(description = "Remove the document, its versions and files for good (admins only)") @QueryParam("purge") boolean purge) {
        if (purge && !identity.hasRole(Roles.ADMIN)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "only admins may purge documents", List.of());
        }
        return documents.delete(id, purge).map(r -> Response.noContent().build());
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Restore a soft-deleted document")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> restore(@PathParam("id") long id) {
        return documents.restore(id).map(DocumentResource::relay);
    }

    @GET
    @Path("{id}/text")
    @Produces(TEXT)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The text of the latest version", description = "UTF-8, Unicode NFC, \\n line ends. Offsets everywhere "
            + "in the API count Unicode code points into this text, as the W3C TextPositionSelector does.")
    public Uni<String> text(@PathParam("id") long id) {
        return documents.text(id, null);
    }

    @GET
    @Path("{id}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Page ranges of the latest version's text (code points); empty for formats without pages")
    public Uni<List<DocumentPage>> pages(@PathParam("id") long id) {
        return documents.pages(id, null);
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The original file of the latest version, byte for byte, with its media type")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> original(@PathParam("id") long id) {
        return documents.original(id, null).map(DocumentResource::file);
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "All versions of a document, oldest first")
    public Uni<List<DocumentVersion>> versions(@PathParam("id") long id) {
        return documents.versions(id);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Upload a new file as version n+1", description = "The uploader or a curator. Earlier versions stay "
            + "readable. The bytes of one of this document's versions answer 200 with that version; those of another "
            + "document's, 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentVersion.class)))
    @APIResponse(responseCode = "200", description = "These bytes already are a version of this document: that version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentVersion.class)))
    @APIResponse(responseCode = "409", description = "These bytes belong to another document")
    @APIResponse(responseCode = "422", description = "The file cannot be read: bytes not matching the declared type, corrupt, encrypted, archive bomb")
    public Uni<Response> addVersion(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return documents.addVersion(id, form(file)).map(DocumentResource::relay);
    }

    @GET
    @Path("{id}/versions/{n}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One version of a document")
    public Uni<DocumentVersion> version(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.version(id, n);
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(TEXT)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The text of one version; it never changes once stored")
    public Uni<String> versionText(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.text(id, n);
    }

    @GET
    @Path("{id}/versions/{n}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Page ranges of one version's text")
    public Uni<List<DocumentPage>> versionPages(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.pages(id, n);
    }

    @GET
    @Path("{id}/versions/{n}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The original file of one version")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> versionOriginal(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.original(id, n).map(DocumentResource::file);
    }

    private static ClientMultipartForm form(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "is required (a multipart part named file)");
        }
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        return ClientMultipartForm.create().setCharset(StandardCharsets.UTF_8)
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(), type);
    }

    private static void attribute(ClientMultipartForm form, String name, String value) {
        if (value != null) {
            form.attribute(name, value, null);
        }
    }

    private static void attributes(ClientMultipartForm form, String name, List<String> values) {
        if (values != null) {
            values.forEach(v -> attribute(form, name, v));
        }
    }

    /** The service's answer as it came: status, entity, and the headers a client needs. */
    private static <T> Response relay(RestResponse<T> r) {
        Response.ResponseBuilder out = Response.status(r.getStatus()).entity(r.getEntity());
        String etag = r.getHeaderString(HttpHeaders.ETAG);
        if (etag != null) {
            out.header(HttpHeaders.ETAG, etag);
        }
        // The service names itself with its own (internal) address; the gateway serves the same paths.
        for (String header : List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION)) {
            String value = r.getHeaderString(header);
            if (value != null) {
                out.header(header, java.net.URI.create(value).getRawPath());
            }
        }
        return out.build();
    }

    private static Response file(Response r) {
        Response.ResponseBuilder out = Response.ok(r.readEntity(byte[].class), r.getMediaType());
        String disposition = r.getHeaderString("Content-Disposition");
        if (disposition != null) {
            out.header("Content-Disposition", disposition);
        }
        return out.build();
    }
}
