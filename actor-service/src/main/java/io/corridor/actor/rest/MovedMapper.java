package io.corridor.actor.rest;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corridor.actor.service.Moved;

/** A merged actor's paths answer 308 to the same path on the survivor, so links and method survive. */
public class MovedMapper {

    @ServerExceptionMapper
    public Response moved(Moved moved, UriInfo uri) {
        String path = uri.getPath().replaceFirst("/actors/" + moved.from() + "(?=/|$)", "/actors/" + moved.to());
        String query = uri.getRequestUri().getRawQuery();
        return Response.status(308).header(HttpHeaders.LOCATION, URI.create(path + (query == null ? "" : "?" + query)))
                .build();
    }
}
