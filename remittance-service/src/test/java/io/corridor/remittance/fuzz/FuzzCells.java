package io.corridor.remittance.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Fuzzed cell values for structure-aware targets: mostly values of the shape a column expects
 * (codes, years, numbers) with fuzzed parts, sometimes any string, so that the fuzzer spends its
 * time past the header checks.
 */
final class FuzzCells {

    private static final String[] COUNTRIES = { "MLI", "SEN", "FRA", "ML", "466", "WLD", "SSF", "XKX", "", "mli" };
    private static final String[] PERIODS = { "2023", "2023-Q1", "2023-05", "2002/2008", "1990s", "1799", "2101", "2023-Q5", "2023-13", "" };
    private static final String[] NUMBERS = { "1004000000", "..", "", "NaN", "-1.5", "1e30", "1E-400", "0.1", "1,000" };

    private FuzzCells() {
    }

    static String country(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(COUNTRIES) : data.consumeString(6);
    }

    static String period(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.pickValue(PERIODS);
            case 1 -> Integer.toString(data.consumeInt(1700, 2200));
            case 2 -> data.consumeInt(1700, 2200) + data.pickValue(new String[] { "-Q", "-", "/", "M", "s" }) + data.consumeInt(-1, 3000);
            default -> data.consumeString(12);
        };
    }

    static String number(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.pickValue(NUMBERS);
            case 1 -> Long.toString(data.consumeLong());
            case 2 -> data.consumeLong() + "." + Math.abs(data.consumeInt()) + (data.consumeBoolean() ? "E" + data.consumeInt() : "");
            default -> data.consumeString(24);
        };
    }

    static String any(FuzzedDataProvider data, int max) {
        return data.consumeString(max);
    }

    /** A CSV field: quoted with doubled quotes, or written raw (which may break the record, on purpose). */
    static String field(FuzzedDataProvider data, String value) {
        return data.consumeBoolean() ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
