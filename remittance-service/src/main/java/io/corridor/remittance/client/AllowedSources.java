package io.corridor.remittance.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * The allow-list of sources a fetch may reach (against server-side request forgery): an http(s) URL without
 * credentials whose scheme, host, port and path prefix are those of a configured base URL. Encoded dots and slashes
 * in the path are refused, since a server may decode them into a path outside the prefix.
 */
@ApplicationScoped
public class AllowedSources {

    /** A fetch URL is at most this long (the import's request_url column holds as much). */
    public static final int MAX_URL = 2000;

    private final List<URI> bases = new ArrayList<>();

    public AllowedSources(FetchConfig config) {
        for (String base : config.sources().orElse(List.of())) {
            if (!base.isBlank()) {
                URI uri = URI.create(base.strip());
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                bases.add(uri.resolve(path.endsWith("/") ? path : path + "/"));
            }
        }
    }

    /** The configured bases, as a message shows them. */
    public String listed() {
        return bases.isEmpty() ? "none is configured (corridor.fetch.sources)" : bases.toString();
    }

    /**
     * The URL, normalized, when it lies under an allowed source; otherwise a 422 naming {@code field}.
     * @param what how the message names the URL ("url", "the redirect to …")
     */
    public URI check(String url, String field, String what) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(field, what + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw refused(field, what + " must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(field, what + " must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw refused(field, what + " must not have a fragment");
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        if (rawPath.contains("%2e") || rawPath.contains("%2f") || rawPath.contains("%5c") || rawPath.contains("\\")) {
            throw refused(field, what + " must not encode dots, slashes or backslashes in its path");
        }
        URI normalized = uri.normalize();
        String path = normalized.getRawPath().isEmpty() ? "/" : normalized.getRawPath();
        if (path.startsWith("/..")) {
            throw refused(field, what + " climbs above the root of its host");
        }
        for (URI base : bases) {
            if (base.getScheme().equalsIgnoreCase(scheme) && base.getHost().equalsIgnoreCase(normalized.getHost())
                    && port(base) == port(normalized) && path.startsWith(base.getRawPath())) {
                return normalized;
            }
        }
        throw refused(field, what + " is not under an allowed source: " + listed());
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static ProblemException refused(String field, String message) {
        return ProblemException.unprocessable(message, List.of(Violation.field(field, message)));
    }
}
