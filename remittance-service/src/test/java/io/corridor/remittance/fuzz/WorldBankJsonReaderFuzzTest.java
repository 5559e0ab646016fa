package io.corridor.remittance.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.remittance.mapping.ImportFormat;

/**
 * World Bank API v2 JSON: {@code [page metadata, [rows]]} with fuzzed values (numbers, strings,
 * nulls where the API has numbers), sometimes cut short at a fuzzed offset; or, one time in four,
 * the raw input as the whole file.
 */
class WorldBankJsonReaderFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @FuzzTest
    void readsAnyFileOrReportsProblems(FuzzedDataProvider data) {
        if (data.consumeInt(0, 3) == 0) {
            ReaderOracle.read(ImportFormat.WB_JSON, data.consumeRemainingAsString(), null);
            return;
        }
        ArrayNode file = JSON.arrayNode();
        ObjectNode meta = file.addObject();
        if (data.consumeInt(0, 7) != 0) {
            meta.put("page", data.consumeInt()).put("pages", 1).put("per_page", 50).put("total", data.consumeInt());
        }
        if (data.consumeBoolean()) {
            meta.put("sourceid", FuzzCells.any(data, 4));
        }
        if (data.consumeBoolean()) {
            meta.put("lastupdated", FuzzCells.any(data, 12));
        }
        if (data.consumeInt(0, 15) == 0) {
            meta.putArray("message").addObject().put("id", "120").put("value", FuzzCells.any(data, 20));
        }
        if (data.consumeInt(0, 15) == 0) {
            file.addNull();
        } else {
            ArrayNode rows = file.addArray();
            int n = data.consumeInt(0, 8);
            for (int i = 0; i < n; i++) {
                if (data.consumeInt(0, 15) == 0) {
                    rows.add(FuzzCells.any(data, 8));
                    continue;
                }
                ObjectNode row = rows.addObject();
                ObjectNode indicator = row.putObject("indicator");
                indicator.put("id", data.consumeBoolean() ? "BX.TRF.PWKR.CD.DT" : FuzzCells.any(data, 20));
                indicator.put("value", FuzzCells.any(data, 20));
                row.putObject("country").put("id", FuzzCells.country(data)).put("value", FuzzCells.any(data, 10));
                if (data.consumeBoolean()) {
                    row.put("countryiso3code", FuzzCells.country(data));
                }
                row.put("date", FuzzCells.period(data));
                switch (data.consumeInt(0, 5)) {
                    case 0 -> row.putNull("value");
                    case 1 -> row.put("value", data.consumeLong());
                    case 2 -> row.put("value", data.consumeDouble());
                    case 3 -> row.put("value", FuzzCells.number(data));
                    case 4 -> row.putObject("value").put("nested", FuzzCells.any(data, 4));
                    default -> {
                    }
                }
                row.put("obs_status", data.consumeBoolean() ? "" : FuzzCells.any(data, 3));
                row.put("decimal", data.consumeInt(0, 2));
            }
        }
        String text = file.toString();
        if (data.consumeInt(0, 3) == 0) {
            // the fuzzed value strings as raw tokens, as Jackson would not write them (1e999, 1e-999999999, 0x1F)
            text = text.replace("\"value\":\"", "\"value\":").replace("\",\"obs_status\"", ",\"obs_status\"");
        }
        if (data.consumeInt(0, 7) == 0) {
            text = text.substring(0, data.consumeInt(0, text.length())); // cut short
        }
        ReaderOracle.read(ImportFormat.WB_JSON, text, null);
    }
}
