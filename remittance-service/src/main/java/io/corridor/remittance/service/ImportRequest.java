package io.corridor.remittance.service;

/**
 * What a curator asks of an import besides the file: its format (null: detect), the file's name,
 * the source and release to record (null: as the file declares, else a default), the indicator for
 * formats whose rows do not name one, and whether unknown indicator codes may be created.
 */
public record ImportRequest(String format, String fileName, String source, String release, String indicator,
        boolean createIndicators, String user) {
}
