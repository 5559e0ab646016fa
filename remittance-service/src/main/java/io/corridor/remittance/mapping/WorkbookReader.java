package io.corridor.remittance.mapping;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a file the publisher ships as an archive (an xlsx workbook, a zip of CSVs) from a spooled copy: a zip's
 * directory is at its end, so it cannot be read as a stream. Rows are numbered as the sheet's (xlsx) or the CSV's.
 */
public interface WorkbookReader {

    void read(Path file, String defaultIndicator, RowSink sink) throws IOException;

    static WorkbookReader of(ImportFormat format) {
        return switch (format) {
            case DESA_XLSX -> new DesaXlsxReader();
            case KNOMAD_XLSX -> new KnomadXlsxReader();
            case WB_ZIP -> new WorldBankZipReader();
            default -> throw new IllegalArgumentException(format.id + " is read as a stream");
        };
    }
}
