package io.corridor.remittance.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corridor.remittance.mapping.ImportFormat;

/**
 * UN DESA long CSV: a header of the five columns (renamed, reordered, repeated or dropped at times)
 * and rows of fuzzed cells; or, one time in four, the raw input as the whole file.
 */
class DesaCsvReaderFuzzTest {

    private static final String[] COLUMNS = { "destination", "origin", "year", "sex", "value" };
    private static final String[] SPELLINGS = { "Destination code", "ORIGIN_ISO3", "Year", "Sex", "Value", "origin alpha-3", "\ufeffdestination" };

    @FuzzTest
    void readsAnyFileOrReportsProblems(FuzzedDataProvider data) {
        String indicator = data.consumeBoolean() ? null : FuzzCells.any(data, 70);
        if (data.consumeInt(0, 3) == 0) {
            ReaderOracle.read(ImportFormat.DESA_CSV, data.consumeRemainingAsString(), indicator);
            return;
        }
        List<String> header = new ArrayList<>(List.of(COLUMNS));
        int changes = data.consumeInt(0, 3);
        for (int i = 0; i < changes; i++) {
            int at = data.consumeInt(0, header.size() - 1);
            switch (data.consumeInt(0, 3)) {
                case 0 -> header.set(at, data.pickValue(SPELLINGS));
                case 1 -> header.remove(at);
                case 2 -> header.add(at, data.pickValue(COLUMNS));
                default -> header.set(at, FuzzCells.any(data, 12));
            }
            if (header.isEmpty()) {
                header.add(FuzzCells.any(data, 12));
            }
        }
        StringBuilder file = new StringBuilder(String.join(",", header.stream().map(h -> FuzzCells.field(data, h)).toList())).append('\n');
        int rows = data.consumeInt(0, 8);
        for (int r = 0; r < rows; r++) {
            int cells = data.consumeInt(0, header.size() + 1);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                String column = c < header.size() ? header.get(c).toLowerCase() : "";
                String value = column.contains("destination") || column.contains("origin") ? FuzzCells.country(data)
                        : column.contains("year") ? FuzzCells.period(data)
                        : column.contains("sex") ? data.pickValue(new String[] { "Both sexes", "Female", "male", "T", "X", "" })
                        : FuzzCells.number(data);
                values.add(FuzzCells.field(data, value));
            }
            file.append(String.join(",", values)).append('\n');
        }
        ReaderOracle.read(ImportFormat.DESA_CSV, file.toString(), indicator);
    }
}
