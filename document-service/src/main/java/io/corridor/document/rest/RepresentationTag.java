package io.corridor.document.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;

import io.corridor.document.mapping.ChunkedBytes;

/**
 * A strong ETag for an answer that has no revision of its own (the annotation container's pages):
 * a digest of its media type and bytes, so it changes exactly when what a client would receive does.
 */
final class RepresentationTag {

    private RepresentationTag() {
    }

    /** Of the bytes sent (UTF-8). */
    static EntityTag of(String mediaType, ChunkedBytes body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(mediaType.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            body.digestInto(sha);
            byte[] digest = sha.digest();
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
