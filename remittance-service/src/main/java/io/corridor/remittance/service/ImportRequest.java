package io.corridor.remittance.service;

import java.time.OffsetDateTime;

/**
 * What a curator asks of an import besides the file: its format (null: detect), the file's name,
 * the source and release to record (null: as the file declares, else a default), the indicator for
 * formats whose rows do not name one, and whether unknown indicator codes may be created. A fetch adds the request it
 * sent to the publisher's API and when the answer was retrieved (both null for a file).
 */
public record ImportRequest(String format, String fileName, String source, String release, String indicator,
        boolean createIndicators, String user, String url, OffsetDateTime retrievedAt) {

    public ImportRequest(String format, String fileName, String source, String release, String indicator,
            boolean createIndicators, String user) {
        this(format, fileName, source, release, indicator, createIndicators, user, null, null);
    }
}
