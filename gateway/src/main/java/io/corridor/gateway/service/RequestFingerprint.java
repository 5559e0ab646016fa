package io.corridor.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of what makes two requests the same one: method, path, query, media type (without parameters:
 * a multipart boundary is chosen anew by every client send) and body. Bodies are fed as they come,
 * never held here: the edge feeds them as they stream to the service.
 */
public final class RequestFingerprint {

    private final MessageDigest digest;

    private RequestFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static RequestFingerprint of(String method, String path, String query, String mediaType) {
        return new RequestFingerprint().add(method).add(path).add(query).add(mediaType);
    }

    /** Each field is followed by a separator, so that ("ab", "c") and ("a", "bc") differ. */
    public RequestFingerprint add(String field) {
        if (field != null) {
            digest.update(field.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0);
        return this;
    }

    public RequestFingerprint add(byte[] bytes) {
        digest.update(bytes);
        digest.update((byte) 0);
        return this;
    }

    /** Raw body bytes, as they stream through; {@link #hex} ends the digest. */
    public RequestFingerprint update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
