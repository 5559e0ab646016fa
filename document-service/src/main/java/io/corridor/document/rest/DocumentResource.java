package io.corridor.document.rest;

import java.net.URI;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.document.PageRange;
import io.corridor.document.extraction.TextExtractor;
import io.corridor.document.api.Document;
import io.corridor.document.api.VersionView;
import io.corridor.document.mapping.Versions;
import io.corridor.document.Caller;
import io.corridor.document.DocumentFilter;
import io.corridor.document.service.DocumentMetadata;
import io.corridor.document.service.DocumentService;
import io.corridor.document.service.IngestService;
import io.corridor.document.service.Upload;
import io.corridor.support.concurrency.EntityTag;
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

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    private final DocumentService documents;
    private final IngestService ingest;
    private final SecurityIdentity identity;
    private final JsonBodies json;

    public DocumentResource(DocumentService documents, IngestService ingest, SecurityIdentity identity, JsonBodies json) {
        this.documents = documents;
        this.ingest = ingest;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listDocuments", summary = "List documents, newest first",
            description = "Filters combine; pages are stable (newest first, then id).")
    public Uni<Page<Document>> list(@Valid @BeanParam PageRequest page, @BeanParam DocumentFilterParams filter) {
        return documents.list(DocumentFilter.of(filter.kind, filter.language, filter.from, filter.to, filter.tag), page);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "uploadDocument", summary = "Upload a file as a new document",
            description = "PDF, DOCX, ODT, HTML, Markdown or plain text (UTF-8, or Windows-1252/Latin-1), at most 50 MiB. "
                    + "The text is extracted once (Unicode NFC, \\n line ends) and never changes. A byte-identical file "
                    + "already uploaded answers 200 with the existing document (same SHA-256) instead of a duplicate. "
                    + "A PDF without a text layer is kept and flagged noTextLayer. Faults name the form field: file "
                    + "(400 empty, 413 too large, 415 unsupported type, 422 bytes not matching the declared type, corrupt, "
                    + "encrypted, archive bomb) or the metadata field (400).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the document, ETag its revision",
            headers = { @Header(name = "Location", required = true, description = "The document's path", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before: the existing document (Content-Location names it)",
            headers = { @Header(name = "Content-Location", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "409", description = "These bytes belong to a deleted document (a curator can restore it)")
    @APIResponse(responseCode = "422", description = "The file cannot be read: bytes not matching the declared type, corrupt, encrypted, archive bomb")
    public Uni<Response> upload(@RestForm("file") FileUpload file, @RestForm String title,
            @RestForm List<String> authors, @RestForm String issuer, @RestForm String date, @RestForm String language,
            @RestForm String kind, @RestForm String sourceUrl, @RestForm List<String> tags) {
        Upload upload = upload(file);
        DocumentMetadata meta = DocumentMetadata.fromForm(title, authors, issuer, date, language, kind, sourceUrl, tags,
                upload.fileName());
        return ingest.upload(upload, meta, Caller.of(identity)).map(result -> {
            URI location = URI.create("/api/v1/documents/" + result.document().id());
            Response.ResponseBuilder r = result.created() ? Response.created(location)
                    : Response.ok().header("Content-Location", location);
            return r.tag(etag(result.document())).entity(result.document()).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocument", summary = "A document with its latest version")
    @APIResponse(responseCode = "200", description = "The document; ETag carries its revision",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> get(@PathParam("id") long id) {
        return documents.get(id).map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "updateDocument", summary = "Change a document's metadata (JSON Merge Patch, RFC 7396)",
            description = "title, authors, issuer, date, language, kind, sourceUrl, tags; null removes an optional field. "
                    + "If-Match must carry the ETag read last: 428 without it, 412 when the document changed since. Server-owned "
                    + "fields (id, sha256, createdBy, createdAt, updatedAt, version) are refused (400). The uploader or a curator.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "retitle",
                    value = "{\"title\": \"Livre blanc de la société civile\", \"tags\": [\"mali\", \"paix\"], \"sourceUrl\": null}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "200", description = "The changed document with its new ETag",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> patch(@PathParam("id") long id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) {
        JsonNode patch = json.read(body, "a JSON Merge Patch");
        return documents.patch(id, ifMatch, patch, Caller.of(identity)).flatMap(x -> documents.get(id))
                .map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deleteDocument", summary = "Delete a document", description = "Curators soft-delete: the "
            + "document answers 404 from then on but keeps its versions (and annotations) and can be restored. With "
            + "purge=true an admin removes it for good (403 for anyone else).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") long id,
            @Parameter(description = "Remove the document, its versions and files for good (admins only)") @QueryParam("purge") boolean purge) {
        Caller caller = Caller.of(identity);
        if (purge && !caller.admin()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "only admins may purge documents", List.of());
        }
        return (purge ? documents.purge(id) : documents.delete(id, caller)).map(x -> Response.noContent().build());
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "restoreDocument", summary = "Restore a soft-deleted document")
    @APIResponse(responseCode = "200", description = "The restored document; ETag carries its revision",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    public Uni<Response> restore(@PathParam("id") long id) {
        return documents.restore(id).flatMap(documents::get).map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @GET
    @Path("{id}/text")
    @Produces(TEXT_UTF8)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentText", summary = "The text of the latest version", description = "UTF-8, "
            + "Unicode NFC, \\n line ends. Offsets everywhere in the API count Unicode code points into this text, as the "
            + "W3C TextPositionSelector does.")
    public Uni<String> text(@PathParam("id") long id) {
        return documents.text(id, null);
    }

    @GET
    @Path("{id}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentPages", summary = "Page ranges of the latest version's text (code points); empty for formats without pages")
    public Uni<List<PageRange>> pages(@PathParam("id") long id) {
        return documents.pages(id, null);
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentOriginal", summary = "The original file of the latest version, byte for byte, with its media type")
    @APIResponse(responseCode = "200", description = "The file, with its own media type",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file name as uploaded",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> original(@PathParam("id") long id) {
        return documents.original(id, null).map(DocumentResource::file);
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listDocumentVersions", summary = "All versions of a document, oldest first")
    public Uni<List<VersionView>> versions(@PathParam("id") long id) {
        return documents.versions(id);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "addDocumentVersion", summary = "Upload a new file as version n+1", description = "The uploader "
            + "or a curator. Earlier versions stay readable; the document's annotations are re-anchored to the new text "
            + "(reanchoring says how many were found, how many orphaned). The bytes of one of this document's versions "
            + "answer 200 with that version; those of another document's, 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = VersionUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the version",
            headers = @Header(name = "Location", required = true, description = "The version's path", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "200", description = "These bytes already are a version of this document: that version (Content-Location names it)",
            headers = @Header(name = "Content-Location", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "These bytes belong to another document")
    @APIResponse(responseCode = "422", description = "The file cannot be read: bytes not matching the declared type, corrupt, encrypted, archive bomb")
    public Uni<Response> addVersion(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return ingest.addVersion(id, upload(file), Caller.of(identity)).map(added -> {
            URI location = URI.create("/api/v1/documents/" + id + "/versions/" + added.version().n());
            return (added.created() ? Response.created(location) : Response.ok().header("Content-Location", location))
                    .entity(added.version()).build();
        });
    }

    @GET
    @Path("{id}/versions/{n}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentVersion", summary = "One version of a document")
    public Uni<VersionView> version(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.version(id, n).map(Versions::view);
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(TEXT_UTF8)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentVersionText", summary = "The text of one version; it never changes once stored")
    public Uni<String> versionText(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.text(id, n);
    }

    @GET
    @Path("{id}/versions/{n}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentVersionPages", summary = "Page ranges of one version's text")
    public Uni<List<PageRange>> versionPages(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.pages(id, n);
    }

    @GET
    @Path("{id}/versions/{n}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getDocumentVersionOriginal", summary = "The original file of one version")
    @APIResponse(responseCode = "200", description = "The file, with its own media type",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file name as uploaded",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> versionOriginal(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.original(id, n).map(DocumentResource::file);
    }

    private static Upload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(TextExtractor.FIELD, "is required (a multipart part named file)");
        }
        return new Upload(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
    }


    private static Response file(DocumentService.Original original) {
        Response.ResponseBuilder r = Response.ok(original.bytes(), original.mediaType());
        if (original.fileName() != null) {
            r.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(original.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return r.build();
    }

    private static jakarta.ws.rs.core.EntityTag etag(Document d) {
        // EntityTag.of gives the quoted header form; JAX-RS quotes the value itself.
        String quoted = EntityTag.of(d.revision());
        return new jakarta.ws.rs.core.EntityTag(quoted.substring(1, quoted.length() - 1));
    }
}
