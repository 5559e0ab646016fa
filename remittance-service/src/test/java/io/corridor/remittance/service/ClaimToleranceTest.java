package io.corridor.remittance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.corridor.remittance.Hedge;
import io.corridor.remittance.api.VerdictBounds;

/** The tolerance of a claim (issue #20), without a database: the rule's cases and the corpus's 27 figures. */
class ClaimToleranceTest {

    private static VerdictBounds bounds(String written, String hedge, String reference) {
        BigDecimal value = new BigDecimal(written);
        return ClaimTolerance.of(value, hedge, BigDecimal.ONE, value, new BigDecimal(reference));
    }

    @Test
    void theLastWrittenDigitIsThePrecisionTrailingZerosIncluded() {
        assertEquals(new BigDecimal("9.5"), bounds("10", null, "6.25").low());
        assertEquals(new BigDecimal("10.5"), bounds("10", null, "6.25").high());
        assertEquals(new BigDecimal("1999.5"), bounds("2000", null, "1").low());
        assertEquals(new BigDecimal("1.495"), bounds("1.50", null, "0.1").low());
        assertEquals(new BigDecimal("500"), bounds("1E+3", null, "1").high().subtract(new BigDecimal("1000")));
        assertEquals("as written", bounds("10", null, "6.25").basis());
    }

    @Test
    void hedgesWidenAsDocumented() {
        VerdictBounds about = bounds("2000", "Environ", "1");
        assertEquals(new BigDecimal("1500"), about.low());
        assertEquals(new BigDecimal("2500"), about.high());
        assertEquals("hedged: Environ", about.basis());
        assertEquals("approximate", about.rule());
        VerdictBounds more = bounds("1.8", "plus de", "0.1");
        assertEquals(new BigDecimal("1.75"), more.low());
        assertEquals(new BigDecimal("2.8"), more.high());
        VerdictBounds less = bounds("10", "less\u00a0than", "0.1");
        assertEquals(new BigDecimal("0"), less.low());
        assertEquals(new BigDecimal("10.5"), less.high());
        assertThrows(IllegalArgumentException.class, () -> Hedge.parse("circa-ish"));
    }

    @Test
    void twoPercentOfTheReferenceIsTheFloorAndSaysSo() {
        VerdictBounds floored = bounds("1867000000", null, "1867000000");
        assertTrue(floored.relativeFloor());
        assertEquals(new BigDecimal("1829660000"), floored.low());
        assertTrue(floored.explanation().contains("2 %"), floored.explanation());
        assertFalse(bounds("10", null, "6.25").relativeFloor());
    }

    /**
     * The corpus's figures are written in units ("1867000000", "0.78"), so read as written each is exact to its last
     * digit and 2 % of a reference near it is their tolerance, as before for 25 of the 27. Two narrow, because the old
     * rule read their trailing zeros as no precision: "800 travailleurs saisonniers" (± 50 before, ± 2 % = 16 now) and
     * "10 millions d'euros" for the CIGEM (± 5 million, half the figure, before; ± 200,000 now). Neither has a
     * reference series, so no verdict changes; against one, "10 millions" would now be discrepant beyond 2 %, which is
     * the point of issue #20.
     */
    @Test
    void theCorpusFiguresKeepTheTwoPercentTolerance() throws Exception {
        Path figures = Path.of(System.getProperty("corridor.corpus", "../../shared/corpus"), "facts", "figures.csv");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(27, rows.size());
        int narrowed = 0;
        for (CSVRecord r : rows) {
            BigDecimal value = new BigDecimal(r.get("value"));
            BigDecimal floor = value.abs().multiply(new BigDecimal("0.02"));
            BigDecimal before = ClaimTolerance.halfLastDigit(value.stripTrailingZeros()).max(floor);
            VerdictBounds now = ClaimTolerance.of(value, null, BigDecimal.ONE, value, value);
            BigDecimal width = now.high().subtract(value);
            assertEquals(0, width.compareTo(ClaimTolerance.halfLastDigit(value).max(floor)), r.toString());
            if (width.compareTo(before) < 0) {
                narrowed++;
                assertTrue(List.of("800", "10000000").contains(r.get("value")), "narrowed: " + r);
            }
        }
        assertEquals(2, narrowed);
    }
}
