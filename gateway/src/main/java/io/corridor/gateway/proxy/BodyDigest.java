package io.corridor.gateway.proxy;

import java.nio.charset.StandardCharsets;

import io.corridor.gateway.service.RequestFingerprint;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body on its way to the service, digested byte by byte into the request's fingerprint and
 * passed on unchanged. The multipart boundary is left out of the digest: every client send chooses a
 * new one, and a retry of the same upload must be recognised as the same request.
 */
final class BodyDigest implements ReadStream<Buffer> {

    private final ReadStream<Buffer> body;
    private final RequestFingerprint fingerprint;
    private final byte[] boundary;
    /** Failure function of the boundary (Knuth-Morris-Pratt): the boundary may straddle two chunks. */
    private final int[] fallback;
    /** Bytes of the boundary matched so far, held back from the digest until the match fails or completes. */
    private int matched;
    private boolean ended;
    private Handler<Void> endHandler;

    BodyDigest(ReadStream<Buffer> body, RequestFingerprint fingerprint, String boundary) {
        this.body = body;
        this.fingerprint = fingerprint;
        this.boundary = boundary == null || boundary.isEmpty() ? null : boundary.getBytes(StandardCharsets.US_ASCII);
        this.fallback = this.boundary == null ? null : fallback(this.boundary);
    }

    /** Whether every byte of the body went through (a service may answer before reading it all). */
    boolean ended() {
        return ended;
    }

    String hex() {
        return fingerprint.hex();
    }

    /** Reads what is left of the body only to digest it (a retry answered from the store). */
    Future<String> drain() {
        Promise<String> done = Promise.promise();
        handler(null);
        exceptionHandler(done::tryFail);
        endHandler(v -> done.tryComplete(hex()));
        resume();
        return done.future();
    }

    private void digest(Buffer chunk) {
        byte[] bytes = chunk.getBytes();
        if (boundary == null) {
            fingerprint.update(bytes, 0, bytes.length);
            return;
        }
        for (byte b : bytes) {
            while (matched > 0 && boundary[matched] != b) {
                int shorter = fallback[matched - 1];
                fingerprint.update(boundary, 0, matched - shorter);
                matched = shorter;
            }
            if (boundary[matched] == b) {
                if (++matched == boundary.length) {
                    matched = 0;
                }
            } else {
                fingerprint.update(new byte[] { b }, 0, 1);
            }
        }
    }

    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
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
        this.endHandler = handler;
        body.endHandler(v -> {
            if (boundary != null) {
                fingerprint.update(boundary, 0, matched);
            }
            ended = true;
            if (endHandler != null) {
                endHandler.handle(null);
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
