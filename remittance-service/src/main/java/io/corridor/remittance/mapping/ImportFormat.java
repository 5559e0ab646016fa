package io.corridor.remittance.mapping;

import java.util.Arrays;
import java.util.Locale;

/** The file formats an import accepts, by the name a client passes as {@code format}. */
public enum ImportFormat {
    /** World Bank API v2 JSON: {@code [page metadata, [rows]]}. */
    WB_JSON("wb-json"),
    /** World Bank bulk download CSV: four preamble lines, then one column per year. */
    WB_CSV("wb-csv"),
    /** UN DESA International Migrant Stock exported as long CSV: destination, origin, year, sex, value. */
    DESA_CSV("desa-csv"),
    /** SDMX-CSV (1.0 DATAFLOW or 2.0 STRUCTURE first column). */
    SDMX_CSV("sdmx-csv"),
    /** UN DESA's destination and origin workbook as published (xlsx, sheet Table 1). */
    DESA_XLSX("desa-xlsx", true),
    /** The KNOMAD bilateral remittance matrix as published (xlsx). */
    KNOMAD_XLSX("knomad-xlsx", true),
    /** The World Bank bulk download zip: API_*.csv with its Metadata_Country and Metadata_Indicator CSVs. */
    WB_ZIP("wb-zip", true);

    /** The names a client may pass, for messages and the contract. */
    public static final String IDS = "wb-json, wb-csv, desa-csv, sdmx-csv, desa-xlsx, knomad-xlsx, wb-zip";

    public final String id;
    /** Read from a spooled copy (a zip's directory is at its end), not as a stream. */
    public final boolean archive;

    ImportFormat(String id) {
        this(id, false);
    }

    ImportFormat(String id, boolean archive) {
        this.id = id;
        this.archive = archive;
    }

    /** True when the first bytes are a zip's (xlsx workbooks are zips too). */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Which archive a spooled zip is: a workbook (by its sheets) or the World Bank's bulk download; null when neither. */
    public static ImportFormat detectArchive(java.nio.file.Path file) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") == null) {
                return zip.stream().anyMatch(e -> e.getName().substring(e.getName().lastIndexOf('/') + 1).startsWith("API_"))
                        ? WB_ZIP : null;
            }
        } catch (java.util.zip.ZipException e) {
            return null;
        }
        return XlsxRows.sheetNames(file).stream().anyMatch(n -> n.strip().equalsIgnoreCase("Table 1")) ? DESA_XLSX : KNOMAD_XLSX;
    }

    public static ImportFormat of(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + IDS));
    }

    /** Guesses the format from the first bytes of the file; null when nothing fits. */
    public static ImportFormat detect(String head) {
        String s = head.stripLeading();
        if (s.startsWith("[") || s.startsWith("{")) {
            return WB_JSON;
        }
        String firstLine = s.lines().findFirst().orElse("").toUpperCase(Locale.ROOT);
        if (firstLine.contains("DATA SOURCE") || firstLine.startsWith("\"COUNTRY NAME\"") || firstLine.startsWith("COUNTRY NAME")) {
            return WB_CSV;
        }
        if ((firstLine.startsWith("DATAFLOW") || firstLine.startsWith("STRUCTURE") || firstLine.startsWith("\"DATAFLOW")
                || firstLine.startsWith("\"STRUCTURE")) && firstLine.contains("OBS_VALUE")) {
            return SDMX_CSV;
        }
        if (firstLine.contains("DESTINATION") && firstLine.contains("ORIGIN")) {
            return DESA_CSV;
        }
        return null;
    }
}
