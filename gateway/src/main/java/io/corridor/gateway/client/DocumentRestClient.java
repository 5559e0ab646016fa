package io.corridor.gateway.client;

import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.corridor.gateway.api.Document;
import io.corridor.gateway.api.DocumentPage;
import io.corridor.gateway.api.DocumentVersion;
import io.corridor.gateway.api.SearchPage;
import io.corridor.support.paging.Page;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * The document-service's API, called with the caller's own token. Use {@link DocumentClient}.
 * Answers whose headers matter (Location, ETag, Content-Location) or whose body is a file come
 * back whole.
 */
@RegisterRestClient(configKey = "document-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1")
interface DocumentRestClient {

    String TEXT = "text/plain; charset=utf-8";
    String MERGE_PATCH = "application/merge-patch+json";
    String ANNOTATIONS = "application/ld+json";

    @GET
    @Path("documents")
    Uni<Page<Document>> list(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("kind") String kind, @QueryParam("language") String language, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tag") String tag);

    @GET
    @Path("search")
    Uni<SearchPage> search(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("kind") String kind, @QueryParam("language") String language, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tag") String tag);

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Uni<RestResponse<Document>> upload(ClientMultipartForm form);

    @GET
    @Path("documents/{id}")
    Uni<RestResponse<Document>> get(@PathParam("id") long id);

    @PATCH
    @Path("documents/{id}")
    @Consumes(MERGE_PATCH)
    Uni<RestResponse<Document>> patch(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, byte[] patch);

    @DELETE
    @Path("documents/{id}")
    Uni<RestResponse<Void>> delete(@PathParam("id") long id, @QueryParam("purge") boolean purge);

    @POST
    @Path("documents/{id}/restore")
    Uni<RestResponse<Document>> restore(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/text")
    @Produces(TEXT)
    Uni<String> text(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/pages")
    Uni<List<DocumentPage>> pages(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/original")
    @Produces(MediaType.WILDCARD)
    Uni<Response> original(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/versions")
    Uni<List<DocumentVersion>> versions(@PathParam("id") long id);

    @POST
    @Path("documents/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Uni<RestResponse<DocumentVersion>> addVersion(@PathParam("id") long id, ClientMultipartForm form);

    @GET
    @Path("documents/{id}/versions/{n}")
    Uni<DocumentVersion> version(@PathParam("id") long id, @PathParam("n") int n);

    @GET
    @Path("documents/{id}/versions/{n}/text")
    @Produces(TEXT)
    Uni<String> versionText(@PathParam("id") long id, @PathParam("n") int n);

    @GET
    @Path("documents/{id}/versions/{n}/pages")
    Uni<List<DocumentPage>> versionPages(@PathParam("id") long id, @PathParam("n") int n);

    @GET
    @Path("documents/{id}/versions/{n}/original")
    @Produces(MediaType.WILDCARD)
    Uni<Response> versionOriginal(@PathParam("id") long id, @PathParam("n") int n);

    /** The annotation container (issue 4), read as text: its JSON-LD media type is not one the client's JSON reader takes. */
    @GET
    @Path("annotations/")
    @Produces({ ANNOTATIONS, MediaType.APPLICATION_JSON })
    Uni<String> annotations(@QueryParam("document") Long document, @QueryParam("actor") Long actor,
            @QueryParam("size") Integer size, @HeaderParam("Prefer") String prefer);
}
