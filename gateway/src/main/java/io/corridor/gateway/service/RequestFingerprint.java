package io.corridor.gateway.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of what makes two requests the same one: method, path, query, media type (without parameters:
 * a multipart boundary is chosen anew by every client send) and body. Bodies are fed as they come,
 * never held here: a buffer already in memory, the parts of a form already on disk, or a stream read by
 * the resource itself ({@link #digesting}).
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

    /** Reads the stream to its end through the digest, 64 KiB at a time. */
    public RequestFingerprint add(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        digest.update((byte) 0);
        return this;
    }

    /** The stream a resource reads, digesting every byte on its way; {@link #finish} drains what is left. */
    public InputStream digesting(InputStream in) {
        return new DigestInputStream(in, digest);
    }

    /** Reads what the resource left of a {@link #digesting} stream, then the hex digest. */
    public String finish(InputStream digesting) throws IOException {
        byte[] buffer = new byte[65536];
        while (digesting.read(buffer) >= 0) {
            // only digested
        }
        return hex();
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
