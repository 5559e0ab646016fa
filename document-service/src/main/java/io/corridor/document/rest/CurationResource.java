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

import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.api.CurationDecision;
import io.corridor.document.api.CurationMergeResult;
import io.corridor.document.api.CurationView;
import io.corridor.document.api.WebAnnotationSchema;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.service.Curation;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Curation of a document into its curated layer (curators): the units side by side, decisions, auto-merge. */
@Path("/api/v1/documents/{id}/curation")
@Tag(name = "Curation", description = "Annotators' versions side by side, merged by curators into a document's curated layer")
public class CurationResource {

    private static final String TAG = "Only annotations carrying this tag (case-insensitive)";
    private static final String MOTIVATION = "Only annotations with this motivation";

    private final Curation curation;
    private final AnnotationWriter writer;
    private final SecurityIdentity identity;

    public CurationResource(Curation curation, AnnotationWriter writer, SecurityIdentity identity) {
        this.curation = curation;
        this.writer = writer;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "getCuration", summary = "The annotators' versions of a document side by side, unit by unit (curators)",
            description = """
            The passages agreement compares (visible, anchored in the latest version, not rejected, of the annotators' \
            layer; filtered by tag and motivation when asked; relations aside), grouped into units: overlapping \
            annotations form one unit. Each unit has every annotator's version (span, motivation, labels actor:<id>, \
            tag:<tag>, concept:<iri>, the start of its comment), its curated annotations, and a state: agreed (every \
            annotator of the document, once, all the same), disagreed, single (one annotator alone) or curated. \
            Counts per state cover every unit; state keeps the units of that state.""")
    @APIResponse(responseCode = "200", description = "The units in text order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurationView.class)))
    @APIResponse(responseCode = "400", description = "The motivation or state is not one Corridor knows")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    public Uni<CurationView> get(@PathParam("id") long id,
            @QueryParam("tag") @Parameter(description = TAG, example = "diaspora") String tag,
            @QueryParam("motivation") @Parameter(description = MOTIVATION, example = "tagging") String motivation,
            @QueryParam("state") @Parameter(description = "Only the units in this state", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "agreed", "disagreed", "single", "curated" })) String state) {
        return curation.of(id, filter(tag, motivation), state, Caller.of(identity));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ AnnotationResource.LD_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "decideCuration", summary = "Take an annotator's version as the curated one of its unit (curators)",
            description = """
            The annotation (uuid or IRI; one of the units of GET .../curation with the same tag and motivation) is \
            copied into the curated layer: created by the caller, accepted, visible to the teams of the version (its \
            visibility, at least team), its via the version's IRI, layer curated. start and end move its span (code \
            points of the latest version), tags replace its free tags (a team that requires a vocabulary refuses \
            free ones: 422). The unit's earlier curated annotations are deleted (history reason "replaced by a \
            curation decision"). Like any create, a live event tells the document's subscribers.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CurationDecision.class)))
    @APIResponse(responseCode = "201", description = "The curated annotation; Location names it",
            headers = @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = AnnotationIris.MEDIA_TYPE, schema = @Schema(implementation = WebAnnotationSchema.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAnnotationSchema.class)) })
    @APIResponse(responseCode = "400", description = "annotation missing or not a uuid or IRI, tags malformed, motivation unknown")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    @APIResponse(responseCode = "409", description = "The caller marked the document finished (their annotations are frozen)")
    @APIResponse(responseCode = "422", description = "The annotation is no compared version of this document, or the edited span "
            + "is outside the text, or a required vocabulary refuses the tags")
    public Uni<Response> decide(@Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") long id,
            @QueryParam("tag") @Parameter(description = TAG) String tag,
            @QueryParam("motivation") @Parameter(description = MOTIVATION) String motivation, CurationDecision decision) {
        return curation.decide(id, decision, filter(tag, motivation), Caller.of(identity))
                .map(a -> Response.status(201).header(HttpHeaders.LOCATION, AnnotationIris.path(a.id)).entity(writer.json(a))
                        .type(AnnotationResource.mediaType(accept)).build());
    }

    @POST
    @Path("merge")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "mergeCuration", summary = "Auto-merge the units on which all annotators agree (curators)",
            description = """
            Every agreed unit (see GET .../curation, with the same tag and motivation) not curated yet gets a curated \
            annotation: the oldest version's words, via every version's IRI, created by the caller, accepted. \
            Idempotent: a second merge finds those units curated and skips them. Disagreed and single units are left \
            to the curator's decisions.""")
    @APIResponse(responseCode = "200", description = "Units merged, skipped and left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurationMergeResult.class)))
    @APIResponse(responseCode = "400", description = "The motivation is not one Corridor knows")
    @APIResponse(responseCode = "404", description = "No such document (or deleted)")
    @APIResponse(responseCode = "409", description = "The caller marked the document finished (their annotations are frozen)")
    public Uni<CurationMergeResult> merge(@PathParam("id") long id,
            @QueryParam("tag") @Parameter(description = TAG) String tag,
            @QueryParam("motivation") @Parameter(description = MOTIVATION) String motivation) {
        return curation.merge(id, filter(tag, motivation), Caller.of(identity));
    }

    private static AnnotationFilter filter(String tag, String motivation) {
        return AnnotationFilter.of(null, null, tag, motivation, null, null, null, null);
    }
}
