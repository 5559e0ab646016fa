package io.corridor.gateway.client;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * The document-service's annotation API, called with the caller's own token. Use {@link AnnotationClient}.
 * Annotations are JSON-LD documents the gateway does not re-model: bodies go through as bytes, answers
 * come back whole (status, media type, ETag, Location, Link, Allow, Vary, Preference-Applied).
 */
@RegisterRestClient(configKey = "document-service")
@RegisterProvider(DownstreamProblem.class)
@AccessToken
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
interface AnnotationRestClient {

    String LD_JSON = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    String CSV = "text/csv";

    @POST
    @Path("annotations/")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> create(byte[] annotation);

    @GET
    @Path("annotations/{uuid}")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> get(@PathParam("uuid") String uuid);

    @PUT
    @Path("annotations/{uuid}")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> replace(@PathParam("uuid") String uuid, @HeaderParam("If-Match") String ifMatch, byte[] annotation);

    @DELETE
    @Path("annotations/{uuid}")
    Uni<Response> delete(@PathParam("uuid") String uuid, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") String reason);

    @GET
    @Path("annotations/")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> list(@HeaderParam("Prefer") String prefer, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("iris") String iris, @QueryParam("document") String document,
            @QueryParam("creator") String creator, @QueryParam("tag") String tag,
            @QueryParam("motivation") String motivation, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status);

    @GET
    @Path("annotations/tags")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> tags(@QueryParam("prefix") String prefix, @QueryParam("size") String size);

    @GET
    @Path("annotations/{uuid}/history")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> history(@PathParam("uuid") String uuid);

    @PUT
    @Path("annotations/{uuid}/status")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> status(@PathParam("uuid") String uuid, @HeaderParam("If-Match") String ifMatch, byte[] change);

    @POST
    @Path("annotations/status")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> bulkStatus(byte[] change);

    @GET
    @Path("annotations/export")
    @Produces(LD_JSON)
    Uni<Response> exportJsonLd(@QueryParam("document") String document, @QueryParam("creator") String creator,
            @QueryParam("tag") String tag, @QueryParam("motivation") String motivation,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status);

    @GET
    @Path("annotations/export")
    @Produces(CSV)
    Uni<Response> exportCsv(@QueryParam("document") String document, @QueryParam("creator") String creator,
            @QueryParam("tag") String tag, @QueryParam("motivation") String motivation,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status);

    @POST
    @Path("annotations/import")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> importAnnotations(@QueryParam("document") String document, byte[] body);

    @GET
    @Path("documents/{id}/orphans")
    @Produces({ LD_JSON, MediaType.APPLICATION_JSON })
    Uni<Response> orphans(@PathParam("id") long id);

    @POST
    @Path("documents/{id}/suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> suggest(@PathParam("id") long id);

    @GET
    @Path("documents/{id}/agreement")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> agreement(@PathParam("id") long id);
}
