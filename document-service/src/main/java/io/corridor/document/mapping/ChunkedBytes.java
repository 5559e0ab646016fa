package io.corridor.document.mapping;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * A response body written in chunks of {@value #CHUNK} bytes rather than into one array, and sent as they are
 * (a composite buffer over the chunks, no copy). A page of a thousand annotations is about 1 MB: as one array
 * (twice, with the copy a byte stream hands out) it is a G1 humongous object, over half a heap region, which
 * goes straight to the old generation; under the listing load those allocations started concurrent cycles
 * back to back and made G1 grow the heap to about 190 MiB for some 45 in use (#25). Chunks this size die
 * young like any other garbage of the request.
 */
public final class ChunkedBytes extends OutputStream {

    static final int CHUNK = 32 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            next();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (used == CHUNK) {
                next();
            }
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void next() {
        full.add(current);
        current = new byte[CHUNK];
        used = 0;
    }

    /** The number of bytes written. */
    public long size() {
        return (long) full.size() * CHUNK + used;
    }

    /** Feeds every byte written, in order, to {@code digest}. */
    public void digestInto(MessageDigest digest) {
        for (byte[] chunk : full) {
            digest.update(chunk);
        }
        digest.update(current, 0, used);
    }

    /** The bytes written, as a buffer over the chunks themselves. */
    public Buffer toBuffer() {
        ByteBuf[] parts = new ByteBuf[full.size() + 1];
        for (int i = 0; i < full.size(); i++) {
            parts[i] = Unpooled.wrappedBuffer(full.get(i));
        }
        parts[full.size()] = Unpooled.wrappedBuffer(current, 0, used);
        // as many components as chunks: past the default of 16 a composite buffer copies them into one array
        return Buffer.buffer(Unpooled.wrappedBuffer(parts.length, parts));
    }
}
