package io.corridor.support.concurrency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers that carry the representation's version as their {@link EntityTag}, so that a client
 * can send it back in If-Match without reading the resource again.
 */
public final class Tagged {

    private Tagged() {
    }

    /** 200 with the body and its ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T entity) {
        return RestResponse.ResponseBuilder.ok(entity).header(HttpHeaders.ETAG, EntityTag.of(entity.version())).build();
    }

    /** 201 with Location, the body and its ETag. */
    public static <T extends Versioned> RestResponse<T> created(URI location, T entity) {
        return RestResponse.ResponseBuilder.<T> created(location).entity(entity)
                .header(HttpHeaders.ETAG, EntityTag.of(entity.version())).build();
    }
}
