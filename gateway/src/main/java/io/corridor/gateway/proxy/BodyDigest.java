package io.corridor.gateway.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * The fingerprint of a POST sent with an Idempotency-Key: SHA-256 of what makes two requests the same one
 * (method, path, query, media type without its parameters, body). The body is digested byte by byte as it
 * streams on to the service, never held. The multipart boundary is left out of the digest: every client
 * send chooses a new one, and a retry of the same upload must be recognised as the same request.
 */
final class BodyDigest implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final MessageDigest digest;
    private final String boundary;
    /** The end of the body read so far that may be the start of a boundary, not digested yet. */
    private String held = "";
    private boolean ended;

    BodyDigest(HttpServerRequest request, ReadStream<Buffer> body) {
        this.body = body;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        MediaType type = mediaType(request.getHeader("Content-Type"));
        String bare = type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        for (String field : new String[] { request.method().name(), request.path(), request.query(), bare }) {
            if (field != null) {
                digest.update(field.getBytes(StandardCharsets.UTF_8));
            }
            // Each field ends with a separator, so that ("ab", "c") and ("a", "bc") differ.
            digest.update((byte) 0);
        }
        String parameter = type == null || !"multipart".equalsIgnoreCase(type.getType()) ? null
                : type.getParameters().get("boundary");
        this.boundary = parameter == null || parameter.isEmpty() ? null : parameter.replaceAll("^\"|\"$", "");
    }

    private static MediaType mediaType(String header) {
        try {
            return header == null ? null : MediaType.valueOf(header);
        } catch (IllegalArgumentException malformed) {
            // The service says what it makes of it; the digest then tells requests apart by the header as sent.
            return new MediaType(header, null);
        }
    }

    /** Whether every byte of the body went through (a service may answer before reading it all). */
    boolean ended() {
        return ended;
    }

    /** The fingerprint, once the body has ended. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads what is left of the body only to digest it (a retry answered from the store). */
    Future<String> drain() {
        Future<Long> read = collect(Collectors.counting());
        resume();
        return read.map(bytes -> hex());
    }

    /**
     * Digests a chunk but for the boundary's occurrences, which may straddle two chunks: the last bytes that may
     * begin one are held back with the next chunk (ISO-8859-1 reads bytes one to one as characters).
     */
    private void digest(Buffer chunk) {
        if (boundary == null) {
            digest.update(chunk.getBytes());
            return;
        }
        String text = held + chunk.toString(StandardCharsets.ISO_8859_1);
        int from = 0;
        for (int at = text.indexOf(boundary); at >= 0; at = text.indexOf(boundary, from)) {
            update(text, from, at);
            from = at + boundary.length();
        }
        int kept = Math.max(from, text.length() - boundary.length() + 1);
        update(text, from, kept);
        held = text.substring(kept);
    }

    private void update(String text, int from, int to) {
        digest.update(text.substring(from, to).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        body.handler(chunk -> {
            digest(chunk);
            if (handler != null) {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        body.endHandler(v -> {
            update(held, 0, held.length());
            ended = true;
            if (handler != null) {
                handler.handle(null);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        body.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        body.fetch(amount);
        return this;
    }
}
