package io.corridor.document.fuzz;

import java.util.Optional;
import java.util.function.Supplier;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON bodies for the parsers' fuzz targets: one in eight is the rest of the fuzzer's input read as
 * JSON, whatever its shape, the others are built by the target from the fuzzed data.
 */
final class FuzzBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FuzzBodies() {
    }

    /** The body, or empty when the raw input is not JSON: the REST layer answers 400 before any parser. */
    static Optional<JsonNode> body(FuzzedDataProvider data, Supplier<JsonNode> built) {
        if (data.consumeInt(0, 7) == 0) {
            try {
                return Optional.of(MAPPER.readTree(data.consumeRemainingAsString()));
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        return Optional.of(built.get());
    }
}
