package io.corridor.document.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

import org.apache.jena.riot.Lang;
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
import io.corridor.document.api.VocabularyInput;
import io.corridor.document.api.VocabularyView;
import io.corridor.document.mapping.Skos;
import io.corridor.document.service.Vocabularies;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Controlled vocabularies (SKOS concept schemes) of a team or shared: written whole as JSON or imported and exported
 * as SKOS Turtle and JSON-LD. Design in docs/vocabularies.md.
 */
@Path("/api/v1/vocabularies")
@Tag(name = "Vocabularies", description = "Controlled vocabularies (SKOS): concepts to tag with and to type relations")
public class VocabularyResource {

    static final String ID = "The vocabulary's id";
    private static final String TEAM_PATTERN = TeamModerationResource.TEAM_PATTERN;

    private final Vocabularies vocabularies;
    private final SecurityIdentity identity;

    public VocabularyResource(Vocabularies vocabularies, SecurityIdentity identity) {
        this.vocabularies = vocabularies;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listVocabularies", summary = "The vocabularies the caller may read (shared ones and their teams'), without concepts")
    @APIResponse(responseCode = "200", description = "By title", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = VocabularyView.class)))
    public Uni<List<VocabularyView>> list() {
        return vocabularies.list(caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "createVocabulary", summary = "Create a vocabulary with its concepts (a team's curators; shared: admins)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VocabularyInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag its revision",
            headers = { @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(responseCode = "409", description = "Another vocabulary has this IRI")
    @APIResponse(responseCode = "422", description = "A broader concept outside the vocabulary, a repeated IRI or a cycle, named")
    public Uni<Response> create(VocabularyInput input) {
        return vocabularies.create(input, caller()).map(VocabularyResource::created);
    }

    @POST
    @Path("skos")
    @Consumes({ Skos.TURTLE, Skos.JSON_LD })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "importVocabulary", summary = "Import a SKOS concept scheme (Turtle or JSON-LD) as a new vocabulary",
            description = "One skos:ConceptScheme with IRI; its skos:Concepts (IRIs, not blank nodes) with prefLabel, altLabel "
                    + "and definition in fr and en, notation, broader or narrower. JSON-LD contexts must be inline (a remote "
                    + "one is never fetched: 422). At most 5,000,000 bytes (413) and 5000 concepts (413); unreadable: 400 "
                    + "naming the line; a broader outside the scheme or a cycle: 422.")
    @RequestBody(required = true, content = { @Content(mediaType = Skos.TURTLE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Skos.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag its revision",
            headers = { @Header(name = "Location", required = true, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(responseCode = "409", description = "Another vocabulary has the scheme's IRI")
    @APIResponse(responseCode = "422", description = "No single concept scheme, a blank-node concept, a remote context, "
            + "a broader outside the scheme or a cycle, named")
    public Uni<Response> importSkos(@HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @QueryParam("team") @Parameter(description = "The owning team (absent: shared, admins only)",
                    schema = @Schema(type = SchemaType.STRING, pattern = TEAM_PATTERN, maxLength = 100)) String team,
            byte[] body) {
        VocabularyInput input = Vocabularies.fromSkos(body, contentType, team);
        return vocabularies.create(input, caller()).map(VocabularyResource::created);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getVocabulary", summary = "A vocabulary with its concepts, broader before narrower")
    @APIResponse(responseCode = "200", description = "The vocabulary; ETag carries its revision",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VocabularyView.class)))
    public Uni<Response> get(@PathParam("id") @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING,
            format = "uuid")) String id) {
        return vocabularies.get(uuid(id), caller()).map(v -> Response.ok(v).header(HttpHeaders.ETAG, EntityTag.of(v.version())).build());
    }

    @GET
    @Path("{id}/skos")
    @Produces({ Skos.TURTLE, Skos.JSON_LD })
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "exportVocabulary", summary = "A vocabulary as SKOS: Turtle, or JSON-LD when Accept prefers application/ld+json")
    @APIResponse(responseCode = "200", description = "The concept scheme and its concepts (prefLabel, altLabel, definition, "
            + "notation, broader and narrower, inScheme, top concepts); ETag carries its revision",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = { @Content(mediaType = Skos.TURTLE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Skos.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)) })
    public Uni<Response> skos(@PathParam("id") @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING,
            format = "uuid")) String id, @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept) {
        boolean jsonLd = accept != null && Negotiation.quality(accept, "ld+json") > turtleQuality(accept);
        Lang lang = jsonLd ? Lang.JSONLD : Lang.TURTLE;
        UUID uuid = uuid(id);
        return vocabularies.get(uuid, caller()).map(v -> Response.ok(Skos.write(v, lang))
                .type((jsonLd ? Skos.JSON_LD : Skos.TURTLE) + "; charset=UTF-8")
                .header(HttpHeaders.ETAG, EntityTag.of(v.version())).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceVocabulary", summary = "Replace a vocabulary's title and every concept (If-Match)",
            description = "The IRI and the owning team stay. Tags already written keep their concept IRIs.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VocabularyInput.class)))
    @APIResponse(responseCode = "200", description = "The vocabulary with its new ETag",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(responseCode = "422", description = "A broader concept outside the vocabulary, a repeated IRI or a cycle, named")
    public Uni<Response> replace(@PathParam("id") @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING,
            format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            VocabularyInput input) {
        return vocabularies.replace(uuid(id), ifMatch, input, caller()).map(VocabularyResource::ok);
    }

    @PUT
    @Path("{id}/skos")
    @Consumes({ Skos.TURTLE, Skos.JSON_LD })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replaceVocabularyFromSkos", summary = "Replace a vocabulary's title and concepts from SKOS (If-Match)",
            description = "As importVocabulary; the vocabulary keeps its IRI and team.")
    @RequestBody(required = true, content = { @Content(mediaType = Skos.TURTLE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Skos.JSON_LD, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "200", description = "The vocabulary with its new ETag",
            headers = @Header(name = "ETag", required = true, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VocabularyView.class)))
    @APIResponse(responseCode = "422", description = "No single concept scheme, a blank-node concept, a remote context, "
            + "a broader outside the scheme or a cycle, named")
    public Uni<Response> replaceSkos(@PathParam("id") @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING,
            format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType, byte[] body) {
        UUID uuid = uuid(id);
        VocabularyInput input = Vocabularies.fromSkos(body, contentType, null);
        return vocabularies.replace(uuid, ifMatch, input, caller()).map(VocabularyResource::ok);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deleteVocabulary", summary = "Delete a vocabulary (If-Match)",
            description = "Annotations keep the concept IRIs they were tagged with; a team that required it requires none.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING,
            format = "uuid")) String id,
            @Parameter(required = true, description = "The ETag read last (not *: 428)") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return vocabularies.delete(uuid(id), ifMatch, caller()).map(x -> Response.noContent().build());
    }

    private static Response created(VocabularyView v) {
        return Response.created(URI.create("/api/v1/vocabularies/" + v.id())).entity(v)
                .header(HttpHeaders.ETAG, EntityTag.of(v.version())).build();
    }

    private static Response ok(VocabularyView v) {
        return Response.ok(v).header(HttpHeaders.ETAG, EntityTag.of(v.version())).build();
    }

    /** The quality Accept gives Turtle (text/turtle, text/*, *\/*). */
    private static double turtleQuality(String accept) {
        double best = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            int s = name.equals(Skos.TURTLE) ? 2 : name.equals("text/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (s < 0 || s < specificity) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            best = s > specificity ? q : Math.max(best, q);
            specificity = s;
        }
        return best;
    }

    static UUID uuid(String id) {
        return uuid(id, "id");
    }

    static UUID uuid(String id, String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
