package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ChunkedBytesTest {

    /** Bytes across several chunks, written whole and one by one, come back in order, and digest as one array. */
    @Test
    void keepsEveryByteInOrderAcrossChunks() throws Exception {
        byte[] expected = new byte[ChunkedBytes.CHUNK * 3 + 123];
        new Random(25).nextBytes(expected);
        ChunkedBytes out = new ChunkedBytes();
        out.write(expected, 0, 10);
        out.write(expected[10]);
        out.write(expected, 11, expected.length - 11);

        assertEquals(expected.length, out.size());
        assertArrayEquals(expected, out.toBuffer().getBytes());
        MessageDigest chunked = MessageDigest.getInstance("SHA-256");
        out.digestInto(chunked);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(expected), chunked.digest());
    }

    @Test
    void anExactNumberOfChunksAndNothingAreBodiesToo() {
        ChunkedBytes full = new ChunkedBytes();
        full.write(new byte[ChunkedBytes.CHUNK * 2], 0, ChunkedBytes.CHUNK * 2);
        assertEquals(ChunkedBytes.CHUNK * 2, full.toBuffer().length());
        assertEquals(0, new ChunkedBytes().toBuffer().length());
    }
}
