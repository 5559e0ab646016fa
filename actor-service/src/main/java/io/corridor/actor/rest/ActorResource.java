package io.corridor.actor.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.actor.ActorDraft;
import io.corridor.actor.ActorKind;
import io.corridor.actor.ActorView;
import io.corridor.actor.MergeRequest;
import io.corridor.actor.Network;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationView;
import io.corridor.actor.Timeline;
import io.corridor.actor.mapping.NetworkFormats;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.service.ActorService;
import io.corridor.actor.service.NetworkService;
import io.corridor.actor.service.RelationService;
import io.corridor.actor.service.TimelineService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/actors")
@Tag(name = "Actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorService actors;
    private final RelationService relations;
    private final NetworkService networks;
    private final TimelineService timelines;
    private final SecurityIdentity identity;

    public ActorResource(ActorService actors, RelationService relations, NetworkService networks, TimelineService timelines,
            SecurityIdentity identity) {
        this.actors = actors;
        this.relations = relations;
        this.networks = networks;
        this.timelines = timelines;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List or search actors and instruments", description = "q matches names, aliases and acronyms "
            + "regardless of case and accents and tolerates typos; best matches first. key finds an entry by its key, merged or not. "
            + "ids reads up to " + Queries.MAX_IDS + " entries at once (a batch read): a merged id stands for its survivor, an "
            + "unknown id for nothing, by name then id, paged as any listing (size=" + Queries.MAX_IDS + " holds them all).")
    public Uni<Page<ActorView>> list(
            @Parameter(description = "Actor ids separated by commas (ids=3,5,8; the parameter may also be repeated), at most "
                    + Queries.MAX_IDS + "; not combinable with the other filters")
            @QueryParam("ids") List<String> ids,
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) String q,
            @QueryParam("key") String key,
            @QueryParam("kind") String kind,
            @QueryParam("family") @Pattern(regexp = "actor|instrument", message = "must be actor or instrument") String family,
            @QueryParam("country") @io.corridor.support.validation.Country String country,
            @QueryParam("status") @Pattern(regexp = "proposed|accepted", message = "must be proposed or accepted") String status,
            @Valid @BeanParam PageRequest page, UriInfo uri) {
        Set<Long> wanted = Queries.ids(ids, uri.getQueryParameters().containsKey("ids"));
        if (wanted != null) {
            if (q != null || key != null || kind != null || family != null || country != null || status != null) {
                throw ProblemException.invalid("ids", "cannot be combined with q, key, kind, family, country or status");
            }
            return actors.byIds(wanted, page);
        }
        if (kind != null) {
            try {
                ActorKind.of(kind);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", e.getMessage());
            }
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        return actors.list(new ActorRepository.Filter(query, key, kind, family, country, status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "One actor or instrument; a merged one answers 308 to its survivor")
    public Uni<RestResponse<ActorView>> get(@PathParam("id") long id) {
        return actors.get(id).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(summary = "Register an actor or instrument (curators) or propose one (annotators)")
    public Uni<RestResponse<ActorView>> register(@NotNull @Valid ActorDraft draft, UriInfo uri) {
        return actors.register(draft, identity).map(actor -> Tagged.created(URI.create(uri.getPath() + "/" + actor.id()), actor));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Replace an actor's description and names (If-Match required)")
    public Uni<RestResponse<ActorView>> replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActorDraft draft) {
        return actors.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Accept a proposed actor")
    public Uni<RestResponse<ActorView>> accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actors.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(summary = "Merge this actor into another", description = "Names become the survivor's aliases, relations "
            + "move to the survivor, and this id answers 308 to the survivor from then on. Answers the survivor.")
    public Uni<RestResponse<ActorView>> merge(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MergeRequest request) {
        return actors.merge(id, request.into(), ifMatch, identity).map(Tagged::ok);
    }

    @GET
    @Path("{id}/relations")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Relations of an actor, as subject or object",
            description = "at: in force at some moment of that partial date; from/to: overlapping that period.")
    public Uni<List<RelationView>> relations(@PathParam("id") long id,
            @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD") @QueryParam("at") String at,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("predicate") String predicate) {
        return relations.ofActor(id, Queries.period(at, from, to), predicate(predicate));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "An actor's relations and the documents that mention it, by date, undated ones last",
            description = "A relation is dated by its start, a mention by the date of the document that names the actor. "
                    + "Mentions come from the documents the caller may read in the document-service; when it cannot be "
                    + "read the relations are still returned, with complete false and a note.")
    public Uni<Timeline> timeline(@PathParam("id") long id) {
        return timelines.of(id);
    }

    @GET
    @Path("{id}/network")
    @Produces({ MediaType.APPLICATION_JSON, NetworkFormats.GEXF, NetworkFormats.GRAPHML })
    @RolesAllowed(Roles.READER)
    @Operation(summary = "The actors within depth relations, as JSON, GEXF 1.3 or GraphML",
            description = "Choose the format with Accept or ?format=json|gexf|graphml; at leaves out relations not in force then.")
    public Uni<Response> network(@PathParam("id") long id,
            @QueryParam("depth") @DefaultValue("1") @Min(value = 1, message = "must be between 1 and 3") @Max(value = 3, message = "must be between 1 and 3") int depth,
            @QueryParam("at") String at,
            @QueryParam("format") @Pattern(regexp = "json|gexf|graphml", message = "must be json, gexf or graphml") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String chosen = format != null ? format : accept != null && accept.contains("gexf") ? "gexf"
                : accept != null && accept.contains("graphml") ? "graphml" : "json";
        Uni<Network> network = networks.around(id, depth, Queries.date("at", at));
        return network.map(n -> switch (chosen) {
            case "gexf" -> Response.ok(NetworkFormats.gexf(n), NetworkFormats.GEXF + ";charset=UTF-8").build();
            case "graphml" -> Response.ok(NetworkFormats.graphml(n), NetworkFormats.GRAPHML + ";charset=UTF-8").build();
            default -> Response.ok(n, MediaType.APPLICATION_JSON).build();
        });
    }

    static Predicate predicate(String code) {
        try {
            return code == null ? null : Predicate.of(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("predicate", e.getMessage());
        }
    }
}
