package io.corridor.remittance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A World Bank JSON value is the number as written: staged exactly, or refused as a cell naming the
 * value, never rounded through a double (where 1E-999999999 would be 0).
 */
class WorldBankJsonValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.12345678901234567890123 | 0.12345678901234567890123",
            "403646                    | 403646",
            "1.5E+3                    | 1500",
            "1E-999999999              | value has more than 16383 decimal places",
            "1e999                     | value is too large for a statistical value",
            "-1E2147483647             | value is too large for a statistical value" })
    void aValueIsStagedAsWrittenOrRefused(String value, String expected) throws Exception {
        List<String> outcome = new ArrayList<>();
        new WorldBankJsonReader().read(new StringReader("[{\"page\":1,\"total\":1},[{\"indicator\":{\"id\":\"X.Y\"},"
                + "\"countryiso3code\":\"MLI\",\"date\":\"2019\",\"value\":" + value + "}]]"), null, new RowSink() {
                    @Override
                    public void row(StagedRow row) {
                        outcome.add(row.value().toPlainString());
                    }

                    @Override
                    public void problem(long row, String column, String cell, String reason) {
                        outcome.add(column + " " + reason);
                    }
                });
        assertEquals(List.of(expected), outcome);
    }
}
