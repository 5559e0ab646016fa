package io.corridor.gateway.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A service answer passed on whole: status, media type, body bytes and the protocol headers a client
 * acts on (for the actor registry's reads too: parsing their JSON only to write it again cost the gateway
 * a fifth of its CPU per read). Location and Content-Location become paths: the service names itself
 * with its internal address, and the gateway serves the very same paths.
 */
final class Relay {

    /** Headers of the W3C Web Annotation Protocol and of conditional requests, passed on as they came. */
    private static final List<String> HEADERS = List.of(HttpHeaders.ETAG, "Link", "Allow", HttpHeaders.VARY,
            "Preference-Applied", "Accept-Post", "Content-Disposition", HttpHeaders.LAST_MODIFIED);

    private Relay() {
    }

    static Response of(Response service) {
        Response.ResponseBuilder out = Response.status(service.getStatus());
        if (service.hasEntity()) {
            byte[] body = service.readEntity(byte[].class);
            if (body != null && body.length > 0) {
                out.entity(body).type(service.getMediaType());
            }
        }
        for (String header : HEADERS) {
            List<String> values = service.getStringHeaders().get(header);
            if (values != null) {
                values.forEach(v -> out.header(header, v));
            }
        }
        for (String header : List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION)) {
            String value = service.getHeaderString(header);
            if (value != null) {
                URI uri = URI.create(value);
                out.header(header, uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
            }
        }
        return out.build();
    }
}
