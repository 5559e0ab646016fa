package io.corridor.remittance.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corridor.remittance.mapping.ImportFormat;

/**
 * World Bank bulk CSV: a preamble and the "Country Name" header with fuzzed year columns, then rows
 * of fuzzed cells; or, one time in four, the raw input as the whole file.
 */
class WorldBankCsvReaderFuzzTest {

    @FuzzTest
    void readsAnyFileOrReportsProblems(FuzzedDataProvider data) {
        if (data.consumeInt(0, 3) == 0) {
            ReaderOracle.read(ImportFormat.WB_CSV, data.consumeRemainingAsString(), FuzzCells.any(data, 0));
            return;
        }
        StringBuilder file = new StringBuilder();
        if (data.consumeBoolean()) {
            file.append("\"Data Source\",").append(FuzzCells.field(data, FuzzCells.any(data, 30))).append(",\n\n");
            file.append("\"Last Updated Date\",").append(FuzzCells.field(data, FuzzCells.any(data, 12))).append(",\n\n");
        }
        int years = data.consumeInt(0, 6);
        String[] header = new String[4 + years];
        header[0] = "Country Name";
        header[1] = data.consumeInt(0, 7) == 0 ? FuzzCells.any(data, 14) : "Country Code";
        header[2] = "Indicator Name";
        header[3] = data.consumeInt(0, 7) == 0 ? FuzzCells.any(data, 14) : "Indicator Code";
        for (int i = 0; i < years; i++) {
            header[4 + i] = FuzzCells.period(data);
        }
        for (String h : header) {
            file.append(FuzzCells.field(data, h)).append(',');
        }
        file.append('\n');
        int rows = data.consumeInt(0, 8);
        for (int r = 0; r < rows; r++) {
            int cells = data.consumeInt(0, header.length + 2);
            for (int c = 0; c < cells; c++) {
                String value = switch (c) {
                    case 0, 2 -> FuzzCells.any(data, 20);
                    case 1 -> FuzzCells.country(data);
                    case 3 -> data.consumeBoolean() ? "BX.TRF.PWKR.CD.DT" : FuzzCells.any(data, 20);
                    default -> FuzzCells.number(data);
                };
                file.append(FuzzCells.field(data, value)).append(',');
            }
            file.append(data.consumeBoolean() ? "\n" : "\r\n");
        }
        ReaderOracle.read(ImportFormat.WB_CSV, file.toString(), null);
    }
}
