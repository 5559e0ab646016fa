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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.document.PageRange;
import io.corridor.document.extraction.TextExtractor;
import io.corridor.document.mapping.DocumentView;
import io.corridor.document.mapping.VersionView;
import io.corridor.document.mapping.Versions;
import io.corridor.document.service.Caller;
import io.corridor.document.service.DocumentFilter;
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
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String TEXT_UTF8 = "text/plain; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentService documents;
    private final IngestService ingest;
    private final SecurityIdentity identity;

    public DocumentResource(DocumentService documents, IngestService ingest, SecurityIdentity identity) {
        this.documents = documents;
        this.ingest = ingest;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List documents, newest first, with optional filters")
    public Uni<Page<DocumentView>> list(@Valid @BeanParam PageRequest page, @BeanParam DocumentFilterParams filter) {
        return documents.list(DocumentFilter.of(filter.kind, filter.language, filter.from, filter.to, filter.tag), page);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Upload a file as a new document")
    @APIResponse(responseCode = "201", description = "Created; Location names the document")
    @APIResponse(responseCode = "200", description = "The same bytes were already uploaded: the existing document")
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
    @Operation(summary = "A document with its latest version; the ETag header is its revision")
    public Uni<Response> get(@PathParam("id") long id) {
        return documents.get(id).map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Change metadata with a JSON Merge Patch (RFC 7396); If-Match with the current ETag is required")
    public Uni<Response> patch(@PathParam("id") long id,
            @Parameter(description = "The ETag last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        JsonNode patch = parse(body);
        return documents.patch(id, ifMatch, patch, Caller.of(identity)).flatMap(x -> documents.get(id))
                .map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Soft-delete a document (curators; it can be restored), or purge it for good with purge=true (admins)")
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
    @Operation(summary = "Restore a soft-deleted document (curators)")
    public Uni<Response> restore(@PathParam("id") long id) {
        return documents.restore(id).flatMap(documents::get).map(d -> Response.ok(d).tag(etag(d)).build());
    }

    @GET
    @Path("{id}/text")
    @Produces(TEXT_UTF8)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Text of the latest version: UTF-8, NFC, \\n line ends; offsets count code points")
    public Uni<String> text(@PathParam("id") long id) {
        return documents.version(id, null).map(v -> v.text);
    }

    @GET
    @Path("{id}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Page ranges of the latest version's text (empty for formats without pages)")
    public Uni<List<PageRange>> pages(@PathParam("id") long id) {
        return documents.version(id, null).map(v -> v.pageEnds == null ? List.of() : v.pages());
    }

    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The original file of the latest version, byte for byte, with its media type")
    public Uni<Response> original(@PathParam("id") long id) {
        return documents.original(id, null).map(DocumentResource::file);
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "All versions of a document, oldest first")
    public Uni<List<VersionView>> versions(@PathParam("id") long id) {
        return documents.versions(id);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Upload a new file as version n+1 (the uploader or a curator)")
    @APIResponse(responseCode = "201", description = "Created; Location names the version")
    @APIResponse(responseCode = "200", description = "These bytes already are a version of this document: that version")
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
    @Operation(summary = "One version of a document")
    public Uni<VersionView> version(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.version(id, n).map(Versions::view);
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(TEXT_UTF8)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Text of one version; it never changes once stored")
    public Uni<String> versionText(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.version(id, n).map(v -> v.text);
    }

    @GET
    @Path("{id}/versions/{n}/pages")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Page ranges of one version's text")
    public Uni<List<PageRange>> versionPages(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.version(id, n).map(v -> v.pageEnds == null ? List.of() : v.pages());
    }

    @GET
    @Path("{id}/versions/{n}/original")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The original file of one version")
    public Uni<Response> versionOriginal(@PathParam("id") long id, @PathParam("n") int n) {
        return documents.original(id, n).map(DocumentResource::file);
    }

    private static Upload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(TextExtractor.FIELD, "is required (a multipart part named file)");
        }
        return new Upload(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
    }

    /** JSON is UTF-8 whatever the Content-Type says (RFC 8259), so the bytes are parsed as they are. */
    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is required (a JSON Merge Patch)");
        }
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "is not well-formed JSON");
        }
    }

    private static Response file(DocumentService.Original original) {
        Response.ResponseBuilder r = Response.ok(original.bytes(), original.mediaType());
        if (original.fileName() != null) {
            r.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(original.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return r.build();
    }

    private static jakarta.ws.rs.core.EntityTag etag(DocumentView d) {
        // EntityTag.of gives the quoted header form; JAX-RS quotes the value itself.
        String quoted = EntityTag.of(d.revision());
        return new jakarta.ws.rs.core.EntityTag(quoted.substring(1, quoted.length() - 1));
    }
}
