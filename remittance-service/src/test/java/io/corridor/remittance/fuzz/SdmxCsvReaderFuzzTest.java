package io.corridor.remittance.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corridor.remittance.mapping.ImportFormat;

/**
 * SDMX-CSV 1.0 or 2.0: a header of dimension, measure and attribute IDs (some "ID: label", some
 * missing or repeated) and rows of fuzzed cells; or, one time in four, the raw input as the whole file.
 */
class SdmxCsvReaderFuzzTest {

    private static final String[] COLUMNS = { "REF_AREA", "COUNTERPART_AREA", "INDICATOR", "SERIES", "SEX", "TIME_PERIOD",
            "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE", "FREQ" };

    @FuzzTest
    void readsAnyFileOrReportsProblems(FuzzedDataProvider data) {
        String indicator = data.consumeBoolean() ? null : FuzzCells.any(data, 70);
        if (data.consumeInt(0, 3) == 0) {
            ReaderOracle.read(ImportFormat.SDMX_CSV, data.consumeRemainingAsString(), indicator);
            return;
        }
        List<String> header = new ArrayList<>();
        header.add(data.consumeBoolean() ? "DATAFLOW" : "STRUCTURE");
        if (header.get(0).equals("STRUCTURE")) {
            header.add("STRUCTURE_ID");
            header.add("ACTION");
        }
        int columns = data.consumeInt(0, 8);
        for (int i = 0; i < columns; i++) {
            String id = data.consumeInt(0, 9) == 0 ? FuzzCells.any(data, 12) : data.pickValue(COLUMNS);
            header.add(data.consumeBoolean() ? id + ": " + FuzzCells.any(data, 10) : id);
        }
        StringBuilder file = new StringBuilder(String.join(",", header.stream().map(h -> FuzzCells.field(data, h)).toList())).append('\n');
        int rows = data.consumeInt(0, 8);
        for (int r = 0; r < rows; r++) {
            int cells = data.consumeInt(0, header.size() + 1);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                String column = c < header.size() ? header.get(c) : "";
                String value = column.contains("AREA") ? FuzzCells.country(data)
                        : column.startsWith("TIME") ? FuzzCells.period(data)
                        : column.startsWith("OBS_VALUE") ? FuzzCells.number(data)
                        : column.startsWith("OBS_STATUS") ? data.pickValue(new String[] { "A", "E", "P", "M", "B", "", "Z" })
                        : column.startsWith("SEX") ? data.pickValue(new String[] { "_T", "F", "M", "T", "" })
                        : column.startsWith("INDICATOR") || column.startsWith("SERIES") ? data.pickValue(new String[] { "BX.TRF.PWKR.CD.DT", "SM_POP_TOTL", "" })
                        : FuzzCells.any(data, 16);
                values.add(FuzzCells.field(data, value));
            }
            file.append(String.join(",", values)).append('\n');
        }
        ReaderOracle.read(ImportFormat.SDMX_CSV, file.toString(), indicator);
    }
}
