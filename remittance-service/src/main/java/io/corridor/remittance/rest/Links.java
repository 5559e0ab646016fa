package io.corridor.remittance.rest;

import jakarta.ws.rs.core.UriInfo;

import io.corridor.support.paging.Page;

/**
 * Links a listing writes into its own body (SDMX-JSON, JSON-stat): path and query only, so that they hold behind the
 * gateway, which serves the same paths under its own host.
 */
final class Links {

    private Links() {
    }

    static String self(UriInfo uri) {
        return relative(uri.getRequestUri());
    }

    /** The next page's link, or null on the last page. */
    static String next(UriInfo uri, Page<?> page) {
        if ((long) (page.page() + 1) * page.size() >= page.total()) {
            return null;
        }
        return relative(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1).build());
    }

    private static String relative(java.net.URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
