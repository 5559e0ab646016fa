package io.corridor.document.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationChange;
import io.corridor.document.mapping.AnnotationContainer;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationReader;
import io.corridor.document.mapping.AnnotationSpanWriter;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.mapping.ChunkedBytes;
import io.corridor.document.api.AnnotationSpans;
import io.corridor.document.api.BulkStatusChange;
import io.corridor.document.api.BulkStatusResult;
import io.corridor.document.api.StatusChange;
import io.corridor.document.api.WebAnnotationSchema;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.service.AnnotationService;
import io.corridor.document.Caller;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The W3C Web Annotation Protocol container at /api/v1/annotations/, and Corridor's curation endpoints. */
@Path("/api/v1/annotations")
@Tag(name = "Annotations", description = "W3C Web Annotations of document passages: comments, tags, links to actors, "
        + "indicators and claims; visibility private, team or public")
public class AnnotationResource {

    static final String LD_JSON = "application/ld+json";
    static final String ALLOW_ANNOTATION = "GET,PUT,DELETE,HEAD,OPTIONS";
    static final String ALLOW_CONTAINER = "GET,POST,HEAD,OPTIONS";
    static final String LINK_RESOURCE = "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\", "
            + "<http://www.w3.org/ns/oa#Annotation>; rel=\"type\"";
    static final String LINK_CONTAINER = "<http://www.w3.org/ns/ldp#BasicContainer>; rel=\"type\", "
            + "<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"";
    static final String PREFER_EXAMPLE = "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"";
    static final String EXAMPLE = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "motivation": "identifying",
             "visibility": "team",
             "body": [{"type": "SpecificResource", "source": "http://localhost:8080/api/v1/actors/7", "purpose": "identifying"},
                      {"type": "TextualBody", "value": "alliance", "purpose": "tagging"}],
             "target": {"source": "http://localhost:8080/api/v1/documents/12",
                        "selector": [{"type": "TextQuoteSelector", "exact": "l’AME s’est alliée au Forum pour un autre Mali"}]}}""";
    static final String NOT_ACCEPTABLE = "Accept allows neither application/ld+json nor application/json";
    static final String UUID_PARAMETER = "The annotation's uuid, the last segment of its IRI";
    static final String FROZEN = "The creator marked the document finished: their annotations on it are frozen until a curator "
            + "reopens it (the problem names state)";
    static final String MENTION_OR_VISIBILITY = "A reply asks for a visibility wider than its parent's (the problem names "
            + "visibility), or an @mention names someone who is not a known member or may not see the annotation (the "
            + "problem names the body and the member)";
    /** The last page the container serves: 1,000,000 pages of at most 1,000 items, far from int overflow. */
    static final int MAX_PAGE = 1_000_000;
    /** A request body larger than this is no annotation: 413. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnnotationService annotations;
    private final AnnotationReader reader;
    private final AnnotationWriter writer;
    private final SecurityIdentity identity;
    private final JsonBodies json;

    public AnnotationResource(AnnotationService annotations, AnnotationReader reader, AnnotationWriter writer,
            SecurityIdentity identity, JsonBodies json) {
        this.annotations = annotations;
        this.reader = reader;
        this.writer = writer;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Consumes({ LD_JSON, MediaType.APPLICATION_JSON })
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createAnnotation", summary = "Create an annotation", description = """
            A W3C Web Annotation: a passage of a document (target source, version, TextQuoteSelector and/or \
            TextPositionSelector, code points) or a reply (target: the IRI of an annotation the caller can see). \
            The server sets id, creator, created and modified (values sent for them are ignored), fills the missing \
            selector and the 32 code points of prefix and suffix, and checks that the quote is in the text at that \
            position (0 <= start < end <= length, code points): 400 naming the selector otherwise; a quote not at its \
            position but found elsewhere moves the position there. visibility defaults to team; status is accepted. \
            Unknown motivation or purpose: 400. A target document the caller may not see: 404. The container answers \
            with and without its trailing slash.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class),
                    examples = @ExampleObject(name = "identify an actor", value = EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "201", description = "Created; Location names the annotation (a path), ETag its revision",
            headers = { @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_RESOURCE, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = ALLOW_ANNOTATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "404", description = "The target document or annotation does not exist or is not visible")
    @APIResponse(responseCode = "413", description = "The request body is larger than 1 MiB")
    @APIResponse(responseCode = "422", description = MENTION_OR_VISIBILITY)
    @APIResponse(responseCode = "409", description = FROZEN)
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Uni<Response> create(@HeaderParam(HttpHeaders.ACCEPT) String accept, byte[] body) {
        var draft = reader.read(parse(body));
        return annotations.createAs(draft, caller())
                .map(a -> annotation(Response.status(201).header(HttpHeaders.LOCATION, AnnotationIris.path(a.id)), a,
                        accept));
    }

    @GET
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAnnotations", summary = "The annotation container: an AnnotationCollection of what the caller may see, paged",
            description = """
            Oldest first. Without page: the collection (total, first, last), with the first page embedded as the \
            Prefer header asks: return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer" (no \
            embedded page, page links only), "http://www.w3.org/ns/oa#PreferContainedIRIs" (items as IRIs) or \
            "http://www.w3.org/ns/oa#PreferContainedDescriptions" (items whole, the default); Preference-Applied says \
            which was honoured. With page=N: that AnnotationPage (partOf, startIndex, next, prev, items). With \
            form=compact: the page (0 when absent) as AnnotationSpans, plain JSON, what a highlight layer needs for \
            thousands of annotations (uuid, span, motivation, creator, status, tags, actors, parent, a relation's \
            passages), in pages of up to 5000. Filters \
            (document, creator, tag, motivation, actor, from and to, status) combine and are kept in every page link. \
            The container answers with and without its trailing slash.""")
    @APIResponse(responseCode = "200", description = "The collection, or the page asked for",
            headers = { @Header(name = "ETag", required = true, description = "Of this representation (its bytes and media type)",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Location", required = true, description = "The id of what is answered (W3C "
                            + "protocol): the collection's IRI with its filters, or the page's", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Preference-Applied", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Post", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_CONTAINER, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = ALLOW_CONTAINER, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept, Prefer", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(anyOf = {
                    WebAnnotationSchema.Collection.class, WebAnnotationSchema.Page.class })),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                            WebAnnotationSchema.Collection.class, WebAnnotationSchema.Page.class, AnnotationSpans.class })) })
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Uni<Response> list(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Parameter(description = "W3C container preference", example = PREFER_EXAMPLE) @HeaderParam("Prefer") String prefer,
            @Parameter(description = "0-based page; absent for the collection itself",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_PAGE)) @QueryParam("page") String page,
            @Parameter(description = "Items per page (default 100, at most 1000; at most 5000 with form=compact)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + AnnotationSpanWriter.MAX_SIZE))
            @QueryParam("size") String size,
            @Parameter(description = "1: the page's items are IRIs (kept in the page links of a PreferContainedIRIs collection)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "1" })) @QueryParam("iris") String iris,
            @Parameter(description = "compact: the page (page 0 when absent) in the compact form, AnnotationSpans (what a "
                    + "highlight layer paints), as application/json", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { AnnotationSpanWriter.FORM })) @QueryParam("form") String form,
            @BeanParam AnnotationFilterParams filters) {
        AnnotationFilter filter = filters.toFilter();
        // the container's own page, not the shared PageRequest: bounded so that page * size stays far from overflow
        int n = number("page", page, 0, MAX_PAGE, 0);
        if (iris != null && !iris.isBlank() && !"1".equals(iris.strip())) {
            throw ProblemException.invalid("iris", "must be 1 (items as IRIs) or absent");
        }
        boolean compact = AnnotationSpanWriter.asked(form);
        // the compact form is small enough for a document's every annotation in one page (the reader's first screen)
        int pageSize = number("size", size, 1, compact ? AnnotationSpanWriter.MAX_SIZE : AnnotationContainer.MAX_SIZE,
                AnnotationContainer.DEFAULT_SIZE);
        AnnotationContainer.Mode mode = AnnotationContainer.Mode.of(prefer);
        // an empty parameter is an absent one, as for the filters
        boolean paged = page != null && !page.isBlank();
        int fetch = paged ? n : 0;
        if (compact) {
            // what the reader's highlight layer paints, written straight to the generator (in chunks: ChunkedBytes)
            return annotations.spans(filter, caller(), fetch, pageSize).map(listing -> {
                AnnotationContainer container = new AnnotationContainer(writer, filter, pageSize, listing.total());
                ChunkedBytes out = writer.streamedChunks(g ->
                        new AnnotationSpanWriter(writer, container, pageSize, listing.total()).page(g, fetch, listing.items()));
                return container(out, MediaType.APPLICATION_JSON, paged ? container.pageIri(n, false) : container.id()).build();
            });
        }
        return annotations.list(filter, caller(), fetch, pageSize).map(listing -> {
            AnnotationContainer container = new AnnotationContainer(writer, filter, pageSize, listing.total());
            // every form is written in chunks (ChunkedBytes: a page can reach a megabyte)
            ChunkedBytes out = paged ? container.page(n, "1".equals(iris), listing.items()) : container.collection(mode, listing.items());
            Response.ResponseBuilder r = container(out, mediaType(accept), paged ? container.pageIri(n, "1".equals(iris)) : container.id());
            if (!paged && prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("return=representation")) {
                r.header("Preference-Applied", "return=representation");
            }
            return r.build();
        });
    }

    /**
     * W3C protocol 4.1: the container's answer has an ETag, and a Content-Location equal to the id of what it is (the
     * collection, or the page), whatever the Prefer header embedded: a public IRI, which the gateway passes as it is.
     */
    private static Response.ResponseBuilder container(ChunkedBytes out, String type, String location) {
        return Response.ok(out.toBuffer()).type(type).tag(RepresentationTag.of(type, out)).header("Content-Location", location)
                .header("Link", LINK_CONTAINER).header("Allow", ALLOW_CONTAINER).header("Vary", "Accept, Prefer")
                .header("Accept-Post", AnnotationIris.MEDIA_TYPE);
    }

    @OPTIONS
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "describeAnnotationContainer", summary = "What the annotation container allows (W3C Web Annotation Protocol)")
    @APIResponse(responseCode = "200", description = "Allow, Accept-Post and Link headers, no body (the W3C protocol's tests want 200)",
            headers = { @Header(name = "Allow", required = true, description = ALLOW_CONTAINER, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Accept-Post", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_CONTAINER, schema = @Schema(type = SchemaType.STRING)) })
    public Response containerOptions() {
        return Response.ok().header("Allow", ALLOW_CONTAINER).header("Accept-Post", AnnotationIris.MEDIA_TYPE)
                .header("Link", LINK_CONTAINER).build();
    }

    @GET
    @Path("{uuid}")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAnnotation", summary = "An annotation", description = "404 when it does not exist or the "
            + "caller may not see it (private to another user, or shared with teams the caller is not in).")
    @APIResponse(responseCode = "200", description = "The annotation; ETag carries its revision",
            headers = { @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_RESOURCE, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = ALLOW_ANNOTATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Uni<Response> get(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return annotations.get(uuid(id), caller()).map(a -> annotation(Response.ok(), a, accept));
    }

    @OPTIONS
    @Path("{uuid}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "describeAnnotation", summary = "What an annotation allows (W3C Web Annotation Protocol)")
    @APIResponse(responseCode = "200", description = "Allow and Link headers, no body (the W3C protocol's tests want 200)",
            headers = { @Header(name = "Allow", required = true, description = ALLOW_ANNOTATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_RESOURCE, schema = @Schema(type = SchemaType.STRING)) })
    public Response options(@PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return Response.ok().header("Allow", ALLOW_ANNOTATION).header("Link", LINK_RESOURCE).build();
    }

    @PUT
    @Path("{uuid}")
    @Consumes({ LD_JSON, MediaType.APPLICATION_JSON })
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "replaceAnnotation", summary = "Replace an annotation (its creator only)", description = """
            The motivation, bodies, target (same document, or same parent for a reply; the selectors are checked \
            again) and visibility (kept when left out) are replaced; server-set members (id, creator, created, status) \
            keep their values. If-Match must carry the ETag read last: 428 without it, 412 when the annotation changed \
            since.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "200", description = "The annotation as stored, with its new ETag",
            headers = { @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_RESOURCE, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = ALLOW_ANNOTATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "413", description = "The request body is larger than 1 MiB")
    @APIResponse(responseCode = "422", description = MENTION_OR_VISIBILITY)
    @APIResponse(responseCode = "409", description = FROZEN)
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Uni<Response> update(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) {
        UUID uuid = uuid(id);
        var draft = reader.read(parse(body));
        return annotations.update(uuid, ifMatch, draft, caller()).map(a -> annotation(Response.ok(), a, accept));
    }

    @DELETE
    @Path("{uuid}")
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "deleteAnnotation", summary = "Delete an annotation", description = """
            Its creator, or a curator moderating. A soft delete: the annotation answers 404 from then on; its history \
            keeps who deleted it and why. If-Match required: 428 without it, 412 when stale.""")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = FROZEN)
    public Uni<Response> delete(@PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Why a curator removes it (moderation); kept in the history",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AnnotationService.MAX_REASON)) @QueryParam("reason") String reason) {
        return annotations.delete(uuid(id), ifMatch, reason, caller()).map(x -> Response.noContent().build());
    }

    @GET
    @Path("{uuid}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAnnotationHistory", summary = "Every change of an annotation, oldest first", description = "Who, "
            + "when, what (created, updated, status, deleted, reanchored, restored), with the annotation before and after. "
            + "404 when not visible.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = WebAnnotationSchema.Change.class)))
    @APIResponse(responseCode = "406", description = "Accept does not allow application/json")
    public Uni<Response> history(@PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return annotations.history(uuid(id), caller()).map(history -> {
            List<AnnotationChange> list = history.changes();
            ArrayNode out = JSON.createArrayNode();
            for (AnnotationChange c : list) {
                ObjectNode o = out.addObject();
                o.put("revision", c.revision);
                o.put("action", c.action);
                o.put("actor", c.actor);
                o.put("at", AnnotationWriter.timestamp(c.at));
                if (c.reason != null) {
                    o.put("reason", c.reason);
                }
                if (c.before != null) {
                    o.set("before", snapshot(c.before, history.masked()));
                }
                if (c.after != null) {
                    o.set("after", snapshot(c.after, history.masked()));
                }
            }
            return Response.ok(out.toString(), MediaType.APPLICATION_JSON).build();
        });
    }

    @PUT
    @Path("{uuid}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setAnnotationStatus", summary = "Set an annotation's status (curators)", description = "proposed, "
            + "accepted or rejected, with a reason kept in the history. If-Match required: 428 without it, 412 when stale.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChange.class)))
    @APIResponse(responseCode = "200", description = "The annotation with its new status and ETag",
            headers = { @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = LINK_RESOURCE, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Allow", description = ALLOW_ANNOTATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = "Accept", schema = @Schema(type = SchemaType.STRING)) },
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "406", description = NOT_ACCEPTABLE)
    public Uni<Response> status(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("uuid") @Parameter(description = UUID_PARAMETER, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            StatusChange change) {
        if (change == null) {
            throw ProblemException.invalid("status", "is required");
        }
        return annotations.setStatus(uuid(id), ifMatch, change.status(), change.reason(), caller())
                .map(a -> annotation(Response.ok(), a, accept));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "setAnnotationStatuses", summary = "Accept or reject many annotations at once (curators)",
            description = "All or nothing: an id the curator may not see answers 404 naming it, and no status changes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkStatusChange.class)))
    @APIResponse(responseCode = "200", description = "How many annotations changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkStatusResult.class)))
    @APIResponse(responseCode = "404", description = "An id names no annotation the curator may see (the problem names it)")
    public Uni<BulkStatusResult> statuses(BulkStatusChange change) {
        if (change == null || change.ids() == null) {
            throw ProblemException.invalid("ids", "is required");
        }
        List<UUID> ids = new ArrayList<>();
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < change.ids().size(); i++) {
            try {
                ids.add(UUID.fromString(String.valueOf(change.ids().get(i))));
            } catch (IllegalArgumentException e) {
                v.add(Violation.field("ids[" + i + "]", "must be an annotation id (a uuid)"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return annotations.setStatuses(ids, change.status(), caller()).map(BulkStatusResult::new);
    }

    /** A history snapshot; without its bodies for a reader the annotation is hidden from now. */
    private JsonNode snapshot(String json, boolean masked) {
        JsonNode node = writer.parse(json);
        if (masked && node instanceof ObjectNode o) {
            o.remove("body");
        }
        return node;
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private Response annotation(Response.ResponseBuilder r, Annotation a, String accept) {
        String quoted = EntityTag.of(a.revision);
        a.masked = AnnotationService.masks(a, caller());
        return r.entity(writer.json(a)).type(mediaType(accept))
                .tag(new jakarta.ws.rs.core.EntityTag(quoted.substring(1, quoted.length() - 1)))
                .header("Link", LINK_RESOURCE).header("Allow", ALLOW_ANNOTATION).header("Vary", "Accept").build();
    }

    /**
     * The media type of an annotation answer: JSON-LD with the annotation profile, or plain JSON (the
     * same bytes: JSON-LD is JSON) when the client prefers it. The resource's @Produces already
     * answered 406 when the Accept header allows neither.
     */
    static String mediaType(String accept) {
        return Negotiation.prefersPlainJson(accept) ? MediaType.APPLICATION_JSON : AnnotationIris.MEDIA_TYPE;
    }

    /** A malformed id is the client's mistake, named as every service names an unconvertible path parameter: 400. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("uuid", "must be a UUID, as in the annotation's IRI");
        }
    }

    /** A bounded integer query parameter, or 400 naming it. */
    static int number(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(400, "validation", "Invalid request", name + " must be between " + min + " and " + max,
                List.of(Violation.field(name, value, "must be between " + min + " and " + max)));
    }

    private JsonNode parse(byte[] body) {
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "too-large", "Content too large",
                    "body must be at most 1 MiB: an annotation is a note, not a document",
                    List.of(Violation.field("body", "must be at most 1 MiB")));
        }
        return json.read(body, "a W3C Web Annotation");
    }
}
