package io.corridor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A generated World Bank bulk CSV (the "API_..._DS2_en_csv_v2" shape: preamble, header, one line
 * per country and indicator, one column per year from 1960, trailing comma) of a given number of
 * observations, and the same observations as COPY rows for the floor. Countries are ISO 3166-1
 * alpha-3 codes; indicator codes are made up per run ({@code BENCH.<run>.<n>}), so that the bench
 * never touches a real series.
 */
final class WorldBankCsv {

    static final int FIRST_YEAR = 1960;
    static final int YEARS = 64;
    static final String SOURCE = "World Bank, World Development Indicators";
    static final String RELEASE = "2025-07-01";
    /** The CSV's preamble and header take these many lines: the first data line is line PREAMBLE + 1. */
    private static final int PREAMBLE = 5;

    final String prefix;
    final List<String> countries;
    final int lines;
    private final long seed;

    WorldBankCsv(String run, int observations) {
        this.prefix = "BENCH." + run.toUpperCase(Locale.ROOT) + ".";
        this.countries = List.copyOf(new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
        this.lines = Math.max(1, (observations + YEARS - 1) / YEARS);
        this.seed = 11;
    }

    long observations() {
        return (long) lines * YEARS;
    }

    String indicator(int line) {
        return prefix + (line / countries.size() + 1);
    }

    String country(int line) {
        return countries.get(line % countries.size());
    }

    /** Writes the CSV file. */
    void write(Path file) throws IOException {
        Random random = new Random(seed);
        Map<String, String> names = names();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"" + RELEASE + "\",\n\n");
            out.write("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
            for (int y = 0; y < YEARS; y++) {
                out.write("\"" + (FIRST_YEAR + y) + "\",");
            }
            out.write('\n');
            for (int line = 0; line < lines; line++) {
                String country = country(line);
                out.write(quote(names.getOrDefault(country, country)) + ",\"" + country + "\",\"Generated series "
                        + indicator(line) + " (current US$)\",\"" + indicator(line) + "\",");
                for (int y = 0; y < YEARS; y++) {
                    out.write(value(random));
                    out.write(',');
                }
                out.write('\n');
            }
        }
    }

    /**
     * The same observations as two COPY inputs, in the service's tables' shapes: observation
     * identities (ids from {@code firstId}) and their first revisions. Chunks of about a megabyte,
     * prepared before the floor is timed.
     */
    List<byte[]>[] copyRows(long firstId, String user, String fileName) {
        Random random = new Random(seed);
        List<byte[]> observations = new ArrayList<>();
        List<byte[]> revisions = new ArrayList<>();
        StringBuilder obs = new StringBuilder();
        StringBuilder rev = new StringBuilder();
        long id = firstId;
        for (int line = 0; line < lines; line++) {
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                Database.row(obs, id, indicator(line), country(line), "", String.valueOf(year), year + "-01-01",
                        year + "-12-31", "total", SOURCE, "dataset");
                Database.row(rev, id, id, 1, value(random), "normal", RELEASE, RELEASE, user, fileName, PREAMBLE + 1 + line);
                id++;
            }
            if (obs.length() > 1_000_000) {
                observations.add(Database.utf8(obs));
                revisions.add(Database.utf8(rev));
                obs.setLength(0);
                rev.setLength(0);
            }
        }
        observations.add(Database.utf8(obs));
        revisions.add(Database.utf8(rev));
        @SuppressWarnings("unchecked")
        List<byte[]>[] both = new List[] {observations, revisions};
        return both;
    }

    private static String value(Random random) {
        return String.format(Locale.ROOT, "%.2f", random.nextDouble() * 1e9);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** English country names by alpha-3 code, where the JDK knows one. */
    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOCountries()) {
            Locale region = Locale.of("", two);
            names.put(region.getISO3Country(), region.getDisplayCountry(Locale.ENGLISH));
        }
        return names;
    }

}
