package io.corridor.remittance.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

import io.corridor.remittance.ObservationStatus;
import io.corridor.remittance.Period;
import io.corridor.remittance.mapping.FormatReader;
import io.corridor.remittance.mapping.ImportFormat;
import io.corridor.remittance.mapping.RowSink;
import io.corridor.remittance.mapping.StagedRow;

/**
 * The property every importer fuzz target checks: reading any file either returns (valid rows and
 * problems handed to the sink) or throws an {@link IOException}, which the import answers as a 422.
 * Any other exception escapes to the fuzzer as a finding, and so does a staged row that breaks what
 * the staging table and the merge rely on (a key part missing, a value too large, a period out of
 * range, more decimals than
 * PostgreSQL keeps): the reader must report such a cell as a problem instead.
 */
final class ReaderOracle {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(30);

    private ReaderOracle() {
    }

    static void read(ImportFormat format, String file, String defaultIndicator) {
        Checked sink = new Checked();
        try {
            FormatReader.of(format).read(new StringReader(file), defaultIndicator, sink);
        } catch (IOException e) {
            return; // answered as 422 "the file could not be read"
        }
        if (sink.rows > 0 && sink.problems == 0 && file.isBlank()) {
            throw new AssertionError("rows read from a blank file");
        }
    }

    /** Checks each staged row the way the staging table and merge would need it. */
    private static final class Checked implements RowSink {
        long rows;
        long problems;

        @Override
        public void row(StagedRow r) {
            rows++;
            require(r.row() >= 0, "row number " + r.row());
            require(r.indicator() != null && r.indicator().matches("[A-Za-z0-9._-]{1,64}"), "indicator " + r.indicator());
            require(r.country() != null && r.country().matches("[A-Z0-9]{3}"), "country " + r.country());
            require(r.counterpart() != null && (r.counterpart().isEmpty() || r.counterpart().matches("[A-Z0-9]{3}")),
                    "counterpart " + r.counterpart());
            Period p = r.period();
            require(p != null && !p.start().isAfter(p.end()) && p.start().getYear() >= Period.FIRST_YEAR
                    && p.end().getYear() <= Period.LAST_YEAR + 9, "period " + p);
            require(r.sex() != null && r.status() != null, "sex or status missing");
            require((r.value() == null) == (r.status() == ObservationStatus.missing), "value " + r.value() + " with status " + r.status());
            if (r.value() != null) {
                require(r.value().abs().compareTo(LIMIT) <= 0, "value " + r.value());
                // what PostgreSQL's numeric column can hold (and what toPlainString can write out)
                require(r.value().scale() <= 16_383, "value with " + r.value().scale() + " decimal places");
            }
        }

        // what the file declares about itself is stored as text: it must be text PostgreSQL holds (NUL answered 500)
        @Override
        public void indicatorName(String code, String name) {
            storable("indicator name", name);
        }

        @Override
        public void release(String release) {
            storable("release", release);
        }

        @Override
        public void source(String source) {
            storable("source", source);
        }

        private static void storable(String what, String text) {
            require(text != null && text.length() <= 1000, what + " is missing or too long");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                require(c != 0, what + " holds NUL");
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    require(!Character.isSurrogate(c), what + " holds a lone surrogate");
                }
            }
        }

        @Override
        public void problem(long row, String column, String value, String reason) {
            problems++;
            require(row >= 0, "problem row " + row);
            require(reason != null && !reason.isBlank(), "problem without a reason");
        }

        private static void require(boolean ok, String what) {
            if (!ok) {
                throw new AssertionError("a reader staged an unusable row: " + what);
            }
        }
    }
}
