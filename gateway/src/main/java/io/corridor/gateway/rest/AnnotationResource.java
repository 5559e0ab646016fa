package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.corridor.gateway.api.Annotation;
import io.corridor.gateway.api.AnnotationBulkStatus;
import io.corridor.gateway.api.AnnotationBulkStatusResult;
import io.corridor.gateway.api.AnnotationCollection;
import io.corridor.gateway.api.AnnotationImportReport;
import io.corridor.gateway.api.AnnotationPage;
import io.corridor.gateway.api.AnnotationRevision;
import io.corridor.gateway.api.AnnotationStatusChange;
import io.corridor.gateway.api.AnnotationTagCount;
import io.corridor.gateway.client.AnnotationClient;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The W3C Web Annotation Protocol container of the document-service, at the same paths. Annotations are
 * JSON-LD documents passed through as the service reads and writes them: the gateway checks roles, forwards
 * the caller's token, and relays answers whole (ETag, Location, Link, Allow, Vary, Preference-Applied).
 */
@Path("/api/v1/annotations")
@Tag(name = "Annotations", description = "W3C Web Annotations of document passages: comments, tags, links to actors, "
        + "indicators and claims; visibility private, team or public")
public class AnnotationResource {

    /** The media type of annotations (W3C Web Annotation Protocol). */
    static final String LD_JSON = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    static final String LD = "application/ld+json";
    static final String CSV = "text/csv";
    static final String PREFER = "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"";

    static final String EXAMPLE = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "identifying",
             "visibility": "team",
             "body": [{"type": "SpecificResource", "source": "http://localhost:8080/api/v1/actors/7", "purpose": "identifying"},
                      {"type": "TextualBody", "value": "alliance", "purpose": "tagging"}],
             "target": {"source": "http://localhost:8080/api/v1/documents/12",
                        "selector": [{"type": "TextQuoteSelector", "exact": "l’AME s’est alliée au Forum pour un autre Mali"}]}}""";

    private final AnnotationClient annotations;

    public AnnotationResource(AnnotationClient annotations) {
        this.annotations = annotations;
    }

    /** The container's filters, kept in its page links. */
    public static class Filters {
        @QueryParam("document")
        @Parameter(description = "Only annotations of this document (its id)", example = "12")
        public String document;
        @QueryParam("creator")
        @Parameter(description = "Only annotations by this user name", example = "annotator")
        public String creator;
        @QueryParam("tag")
        @Parameter(description = "Only annotations with this tag (a tagging body)", example = "alliance")
        public String tag;
        @QueryParam("motivation")
        @Parameter(description = "Only annotations with this motivation", example = "identifying")
        public String motivation;
        @QueryParam("actor")
        @Parameter(description = "Only annotations linking this actor (its id)", example = "7")
        public String actor;
        @QueryParam("from")
        @Parameter(description = "Created on or after this date (ISO 8601)", example = "2026-01-01")
        public String from;
        @QueryParam("to")
        @Parameter(description = "Created on or before this date (ISO 8601)", example = "2026-12-31")
        public String to;
        @QueryParam("status")
        @Parameter(description = "Only annotations with this status", schema = @Schema(enumeration = { "proposed", "accepted", "rejected" }))
        public String status;

        AnnotationClient.Filter toFilter() {
            return new AnnotationClient.Filter(document, creator, tag, motivation, actor, from, to, status);
        }
    }

    @POST
    @Consumes({ LD, MediaType.APPLICATION_JSON })
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Create an annotation", description = "The server sets id, creator, created and modified (values "
            + "sent for them are ignored), fills the quote's prefix and suffix and the selector not sent, and checks that "
            + "the quote is in the text at that position (0 <= start < end <= length, code points): 400 naming the selector "
            + "otherwise. visibility defaults to team; status is accepted. Unknown motivation or purpose: 400. A target "
            + "document the caller may not see: 404. The path also answers with a trailing slash.")
    @RequestBody(required = true, content = {
            @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class),
                    examples = @ExampleObject(name = "identify an actor", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    @APIResponse(responseCode = "201", description = "Created; Location names the annotation (a path), ETag its revision",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    public Uni<Response> create(byte[] annotation) {
        return annotations.create(annotation).map(Relay::of);
    }

    @GET
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The annotation container: an AnnotationCollection of what the caller may see, paged",
            description = "Without page: the collection (total, first, last). With page=N: that AnnotationPage (partOf, "
                    + "startIndex, next, prev, items). Filters combine and are kept in page links. Prefer: "
                    + "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\" (no embedded page), "
                    + "\"http://www.w3.org/ns/oa#PreferContainedIRIs\" (items as IRIs) or "
                    + "\"http://www.w3.org/ns/oa#PreferContainedDescriptions\" (items whole, the default); Preference-Applied "
                    + "says which was honoured.")
    @APIResponse(responseCode = "200", description = "The collection, or the page asked for",
            headers = { @Header(name = "Preference-Applied", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Post", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = LD_JSON, schema = @Schema(anyOf = { AnnotationCollection.class, AnnotationPage.class })),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = { AnnotationCollection.class, AnnotationPage.class })) })
    public Uni<Response> list(@jakarta.ws.rs.BeanParam Filters filters,
            @Parameter(description = "0-based page; absent for the collection itself", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page (default 100, at most 1000)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("size") String size,
            @Parameter(description = "1: the page's items are IRIs (kept in the page links of a PreferContainedIRIs collection)",
                    schema = @Schema(enumeration = { "1" })) @QueryParam("iris") String iris,
            @Parameter(description = "W3C container preference", example = PREFER) @HeaderParam("Prefer") String prefer) {
        return annotations.list(filters.toFilter(), prefer, page, size, iris).map(Relay::of);
    }

    @GET
    @Path("tags")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Tags in use, for autocomplete", description = "The tags of the live, not rejected annotations "
            + "the caller may see (public ones, their own, and team ones of their teams), each with how many of them carry "
            + "it, most used first then alphabetically. A tag only present on annotations the caller may not see (another "
            + "user's private note) is never listed. prefix is case-insensitive and matched literally.")
    @APIResponse(responseCode = "200", description = "The tags with their counts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AnnotationTagCount.class)))
    @APIResponse(responseCode = "400", description = "size is not between 1 and 100; errors name it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> tags(@Parameter(description = "The tags' beginning", example = "réad") @QueryParam("prefix") String prefix,
            @Parameter(description = "How many tags at most (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        return annotations.tags(prefix, size).map(Relay::of);
    }

    @GET
    @Path("{uuid}")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "An annotation", description = "404 when it does not exist or the caller may not see it "
            + "(private to another user, or shared with teams the caller is not in).")
    @APIResponse(responseCode = "200", description = "The annotation; ETag carries its revision",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = "GET,PUT,DELETE,HEAD,OPTIONS", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    public Uni<Response> get(@PathParam("uuid") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String uuid) {
        return annotations.get(uuid).map(Relay::of);
    }

    @PUT
    @Path("{uuid}")
    @Consumes({ LD, MediaType.APPLICATION_JSON })
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Replace an annotation (its creator only)", description = "If-Match must carry the ETag read last: "
            + "428 without it, 412 when the annotation changed since. Server-set members (id, creator, created, status) keep "
            + "their values.")
    @RequestBody(required = true, content = {
            @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    @APIResponse(responseCode = "200", description = "The annotation as stored, with its new ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    public Uni<Response> replace(@PathParam("uuid") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String uuid,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] annotation) {
        return annotations.replace(uuid, ifMatch, annotation).map(Relay::of);
    }

    @DELETE
    @Path("{uuid}")
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Delete an annotation", description = "Its creator, or a curator moderating (a soft delete kept in "
            + "the history with the reason). If-Match required: 428 without it, 412 when stale.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("uuid") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String uuid,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Why a curator removes it (moderation)") @QueryParam("reason") String reason) {
        return annotations.delete(uuid, ifMatch, reason).map(Relay::of);
    }

    @GET
    @Path("{uuid}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Every change of an annotation, oldest first", description = "Who, when, what (created, updated, "
            + "status, deleted, reanchored, restored), with the annotation before and after. 404 when not visible.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AnnotationRevision.class)))
    public Uni<Response> history(@PathParam("uuid") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String uuid) {
        return annotations.history(uuid).map(Relay::of);
    }

    @PUT
    @Path("{uuid}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Set an annotation's status (curators)", description = "proposed, accepted or rejected, with a "
            + "reason kept in the history. If-Match required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnotationStatusChange.class)))
    @APIResponse(responseCode = "200", description = "The annotation with its new status and ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = LD_JSON, schema = @Schema(implementation = Annotation.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Annotation.class)) })
    public Uni<Response> status(@PathParam("uuid") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String uuid,
            @Parameter(required = true, description = "The ETag read last") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] change) {
        return annotations.status(uuid, ifMatch, change).map(Relay::of);
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Accept or reject many annotations at once (curators)", description = "All or nothing: an id the "
            + "curator may not see answers 404 naming it, and no status changes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnotationBulkStatus.class)))
    @APIResponse(responseCode = "200", description = "How many annotations changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnotationBulkStatusResult.class)))
    public Uni<Response> bulkStatus(byte[] change) {
        return annotations.bulkStatus(change).map(Relay::of);
    }

    @GET
    @Path("export")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Export annotations: one JSON-LD collection, or CSV", description = "The container's filters "
            + "(usually document). Accept: application/ld+json gives an AnnotationCollection with every item embedded; "
            + "Accept: text/csv one row per annotation: id, document, version, quote, start, end, page, motivation, tags, "
            + "actors, creator, visibility, status, created, modified.")
    @APIResponse(responseCode = "200", description = "The annotations the caller may see",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"annotations.csv\" for CSV",
                    schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = LD_JSON, schema = @Schema(implementation = AnnotationCollection.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnotationCollection.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Uni<Response> export(@jakarta.ws.rs.BeanParam Filters filters,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return annotations.export(filters.toFilter(), wantsCsv(accept)).map(Relay::of);
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.APPLICATION_JSON, LD })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Import W3C annotations or Hypothesis rows into a document", description = "Body: a W3C annotation, "
            + "an AnnotationCollection or AnnotationPage, an array of annotations, or Hypothesis API search output "
            + "({\"rows\": [...]} or an array of rows with target[].selector, text, tags, user, uri, created). Each is "
            + "anchored against the document's text; the caller becomes the creator and the original author is kept as "
            + "generator. Rows that cannot be read are reported, not stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class,
                    description = "W3C JSON-LD (an annotation, a collection, a page, or an array of annotations) or "
                            + "Hypothesis search output ({\"rows\": [...]} or an array of rows)"),
                    examples = @ExampleObject(name = "hypothesis", value = """
                            {"rows": [{"user": "acct:amina@hypothes.is", "text": "à vérifier", "tags": ["mali"],
                              "created": "2024-03-01T10:00:00Z", "uri": "https://example.org/rapport.pdf",
                              "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Forum pour un autre Mali"}]}]}]}""")),
            @Content(mediaType = LD, schema = @Schema(implementation = Object.class,
                    description = "W3C JSON-LD: an annotation, a collection, a page, or an array of annotations")) })
    @APIResponse(responseCode = "200", description = "What was stored, anchored, orphaned and refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnotationImportReport.class)))
    public Uni<Response> importAnnotations(
            @Parameter(required = true, description = "The document the annotations are about", example = "12")
            @QueryParam("document") String document, byte[] body) {
        return annotations.importAnnotations(document, body).map(Relay::of);
    }

    /** CSV only when asked for by name ahead of JSON, as the service decides: a wildcard gets JSON-LD. */
    static boolean wantsCsv(String accept) {
        int csv = accept == null ? -1 : accept.indexOf(CSV);
        int json = csv < 0 ? -1 : accept.indexOf("json");
        return csv >= 0 && (json < 0 || csv < json);
    }
}
