package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads one file format row by row into a {@link RowSink}; never holds the whole file. Rows are
 * numbered as the file's records (CSV: 1-based record including header and preamble; World Bank
 * JSON: 1-based position in the rows array).
 */
public interface FormatReader {

    /** @param defaultIndicator the indicator for formats whose rows do not name one (may be null) */
    void read(Reader in, String defaultIndicator, RowSink sink) throws IOException;

    static FormatReader of(ImportFormat format) {
        return switch (format) {
            case WB_JSON -> new WorldBankJsonReader();
            case WB_CSV -> new WorldBankCsvReader();
            case DESA_CSV -> new DesaCsvReader();
            case SDMX_CSV -> new SdmxCsvReader();
            default -> throw new IllegalArgumentException(format.id + " is read from a spooled copy: WorkbookReader");
        };
    }
}
