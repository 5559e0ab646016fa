package io.corridor.remittance.mapping;

import java.io.Reader;
import java.util.function.LongFunction;

/**
 * A file made line by line as it is read, never held whole: a header, then {@code lines} lines
 * from {@code line}, then a footer. Counts the lines it has handed out, so a test can see how far
 * ahead of the rows it receives a reader has read.
 */
final class GeneratedFile extends Reader {

    private final String header;
    private final String footer;
    private final long lines;
    private final LongFunction<String> line;
    private String current;
    private int offset;
    private long emitted;
    private boolean footerSent;

    GeneratedFile(String header, long lines, LongFunction<String> line, String footer) {
        this.header = header;
        this.lines = lines;
        this.line = line;
        this.footer = footer;
        this.current = header;
    }

    /** Lines of the body handed out so far, the one being read included. */
    long emitted() {
        return emitted;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
        while (offset == current.length()) {
            if (emitted < lines) {
                current = line.apply(emitted++);
            } else if (!footerSent) {
                current = footer;
                footerSent = true;
            } else {
                return -1;
            }
            offset = 0;
        }
        int n = Math.min(len, current.length() - offset);
        current.getChars(offset, offset + n, buffer, off);
        offset += n;
        return n;
    }

    @Override
    public void close() {
    }
}
