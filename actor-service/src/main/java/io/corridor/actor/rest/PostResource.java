package io.corridor.actor.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.actor.api.Post;
import io.corridor.actor.api.PostDraft;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.service.PostService;
import io.corridor.support.concurrency.Tagged;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/posts")
@Tag(name = "Posts", description = "Popolo posts: positions of an organization that exist while vacant, with their holders over time")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    private final PostService posts;
    private final SecurityIdentity identity;

    public PostResource(PostService posts, SecurityIdentity identity) {
        this.posts = posts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listPosts", summary = "List posts by label", description = "organization: the posts of one "
            + "organization; q: words of the label.")
    @APIResponse(responseCode = "200", description = "A page of posts, by label")
    public Uni<Page<Post>> list(
            @Parameter(description = "Organization (actor) id", example = "12") @QueryParam("organization") Long organization,
            @Parameter(description = "Words of the label", example = "ministre") @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageRequest page) {
        return posts.list(new PostRepository.Filter(organization, q == null || q.isBlank() ? null : q.strip()), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getPost", summary = "One post with its holders over time; ETag carries its version",
            description = "With at, heldAt lists the holders whose membership may span that date (empty: vacant then).")
    @APIResponse(responseCode = "200", description = "The post; ETag carries its version",
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Post>> get(@PathParam("id") long id,
            @Parameter(description = Docs.PARTIAL_DATE, schema = @Schema(implementation = PartialDate.class)) @QueryParam("at") String at) {
        return posts.get(id, Queries.date("at", at)).map(Tagged::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANNOTATOR)
    @Operation(operationId = "createPost", summary = "Record a post (curators) or propose one (annotators)",
            description = "A post exists whether held or vacant; memberships name it (relation post) to hold it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Post.class)), headers = {
            @Header(name = HttpHeaders.LOCATION, description = Docs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "422", description = Docs.POST_RULE)
    public Uni<RestResponse<Post>> record(@NotNull @Valid PostDraft draft, UriInfo uri) {
        return posts.record(draft, identity).map(p -> Tagged.created(URI.create(uri.getPath() + "/" + p.id()), p));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "replacePost", summary = "Replace a post (If-Match required)", description = "If-Match must "
            + "carry the ETag read last: 428 without it, 412 when the post changed since. Its evidence is replaced.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = Docs.POST_RULE)
    public Uni<RestResponse<Post>> replace(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PostDraft draft) {
        return posts.replace(id, draft, ifMatch, identity).map(Tagged::ok);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "acceptPost", summary = "Accept a proposed post", description = "An annotator's post is "
            + "proposed until a curator accepts it; accepting an accepted post changes nothing.")
    @APIResponse(responseCode = "200", description = Docs.DONE,
            headers = @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Post>> accept(@PathParam("id") long id,
            @Parameter(description = Docs.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return posts.accept(id, ifMatch, identity).map(Tagged::ok);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CURATOR)
    @Operation(operationId = "deletePost", summary = "Delete a post that nobody holds (If-Match required)",
            description = "409 while memberships hold it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Memberships hold the post")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return posts.delete(id, ifMatch).map(x -> RestResponse.noContent());
    }
}
