package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * World Bank API v2 JSON ({@code /v2/country/MLI/indicator/BX.TRF.PWKR.CD.DT?format=json}): an
 * array of the page metadata and the rows; with {@code footnote=y} each row carries its footnote, kept as a caveat.
 * Streamed: one row object in memory at a time.
 */
final class WorldBankJsonReader implements FormatReader {

    /** Decimals as BigDecimal: through a double, 0.12345678901234567890123 would lose digits and 1E-999999999 be 0. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void read(Reader in, String defaultIndicator, RowSink sink) throws IOException {
        try (JsonParser p = new JsonFactory(JSON).createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                sink.problem(0, "$", null, "is not World Bank API v2 JSON: expected an array [page metadata, rows]");
                return;
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                sink.problem(0, "$[0]", null, "is not World Bank API v2 JSON: expected the page metadata object first");
                return;
            }
            JsonNode meta = p.readValueAsTree();
            if (meta.has("message")) {
                sink.problem(0, "$[0].message", meta.path("message").toString(),
                        "is a World Bank API error answer, not data");
                return;
            }
            if (!meta.has("page") && !meta.has("total")) {
                sink.problem(0, "$[0]", null, "is not World Bank page metadata (no page or total)");
                return;
            }
            String sourceId = Cells.text(sink, 0, "$[0].sourceid", meta.path("sourceid").asText("2"));
            if (sourceId != null) {
                sink.source(sourceId.equals("2") ? "World Bank, World Development Indicators" : "World Bank, source " + sourceId);
            }
            if (meta.hasNonNull("lastupdated")) {
                Cells.release(sink, 0, "$[0].lastupdated", meta.get("lastupdated").asText());
            }
            JsonToken rows = p.nextToken();
            if (rows == JsonToken.VALUE_NULL) {
                return; // the World Bank answers [meta, null] when a query has no rows
            }
            if (rows != JsonToken.START_ARRAY) {
                sink.problem(0, "$[1]", null, "is not World Bank API v2 JSON: expected the array of rows second");
                return;
            }
            long row = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                row++;
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    sink.problem(row, "$[1][" + (row - 1) + "]", null, "is not a row object");
                    p.skipChildren();
                    continue;
                }
                JsonNode r = p.readValueAsTree();
                String code = r.path("indicator").path("id").asText(null);
                String name = code == null || !r.path("indicator").hasNonNull("value") ? null
                        : Cells.text(sink, row, "indicator.value", r.path("indicator").path("value").asText());
                if (name != null) {
                    sink.indicatorName(code, name);
                }
                String country = r.hasNonNull("countryiso3code") && !r.get("countryiso3code").asText().isBlank()
                        ? r.get("countryiso3code").asText() : r.path("country").path("id").asText(null);
                JsonNode value = r.get("value");
                String rawValue;
                if (value == null || value.isNull()) {
                    rawValue = "";
                } else if (value.isNumber()) {
                    // as written (toString keeps the exponent): 1E-999999999 written out is a billion characters,
                    // and 1e999 is refused by the cell check as too large
                    rawValue = value.decimalValue().toString();
                } else {
                    rawValue = value.asText();
                }
                String status = r.path("obs_status").asText("");
                // footnote=y adds a footnote member to every row ("" when there is none)
                Attributes attributes = Cells.attributes(sink, row, "footnote", r.path("footnote").isValueNode()
                        ? r.get("footnote").asText() : null, "type of data", null, "notes", null);
                Cells.stage(sink, row, "indicator.id", code, "countryiso3code", country, "counterpart", null,
                        "date", r.path("date").asText(null), "sex", null, "value", rawValue, "obs_status", status, attributes);
            }
            if (p.nextToken() != JsonToken.END_ARRAY) {
                sink.problem(0, "$", null, "is not World Bank API v2 JSON: more than two elements");
            }
        } catch (JsonParseException e) {
            sink.problem(0, "$", null, "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
