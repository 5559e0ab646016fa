package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-written timestamp is the formatter's, character for character. */
class AnnotationTimestampTest {

    private static String formatter(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Test
    void writesWhatTheIsoFormatterWrites() {
        Random random = new Random(25);
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(-62_000_000_000L, 253_402_300_799L); // years 0 to 9999
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((i % 3 == 0 ? 0 : random.nextInt(-18 * 3600, 18 * 3600 + 1)));
            OffsetDateTime at = java.time.Instant.ofEpochSecond(second, nano).atOffset(offset);
            assertEquals(formatter(at), AnnotationWriter.timestamp(at), at.toString());
        }
    }

    @Test
    void edgesAndOutOfRangeYears() {
        for (String text : new String[] { "2026-12-06T00:00:00Z", "2026-12-06T23:59:59.999999999Z", "2026-01-01T00:00:00.1Z",
                "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.5+01:00", "+10000-01-01T00:00:00Z", "-0001-06-01T12:00:00Z",
                "2026-03-29T01:30:00.000100-05:00" }) {
            OffsetDateTime at = OffsetDateTime.parse(text);
            assertEquals(formatter(at), AnnotationWriter.timestamp(at), text);
        }
        assertNull(AnnotationWriter.timestamp(null));
    }
}
