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
    SDMX_CSV("sdmx-csv");

    public final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    public static ImportFormat of(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of wb-json, wb-csv, desa-csv, sdmx-csv"));
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
