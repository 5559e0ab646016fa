package io.corridor.gateway.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Document;
import io.corridor.gateway.api.DocumentPage;
import io.corridor.gateway.api.DocumentVersion;
import io.corridor.gateway.api.SearchPage;
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
    @Path("search")
    Uni<SearchPage> search(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("kind") String kind, @QueryParam("language") String language, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tag") String tag);

    @GET
    @Path("documents/{id}")
    Uni<RestResponse<Document>> get(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/pages")
    Uni<List<DocumentPage>> pages(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/versions")
    Uni<List<DocumentVersion>> versions(@PathParam("id") long id);

    /** The annotation container (issue 4), read as text: its JSON-LD media type is not one the client's JSON reader takes. */
    @GET
    @Path("annotations/")
    @Produces({ ANNOTATIONS, MediaType.APPLICATION_JSON })
    Uni<String> annotations(@QueryParam("document") Long document, @QueryParam("actor") Long actor,
            @QueryParam("size") Integer size, @HeaderParam("Prefer") String prefer);

}
