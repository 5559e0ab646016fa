package io.corridor.remittance.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The World Bank bulk download CSV ({@code API_<code>_DS2_en_csv_v2_*.csv}): a preamble ("Data
 * Source", "Last Updated Date" and blank lines), then "Country Name","Country Code","Indicator
 * Name","Indicator Code" and one column per year; lines end with a trailing comma. One row of the
 * file gives one observation per year column.
 */
final class WorldBankCsvReader implements FormatReader {

    @Override
    public void read(Reader in, String defaultIndicator, RowSink sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = format.parse(in)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();
                if (header == null) {
                    String first = record.get(0).strip();
                    if (first.equalsIgnoreCase("Last Updated Date") && record.size() > 1) {
                        Cells.release(sink, row, "Last Updated Date", record.get(1).strip());
                    } else if (first.equalsIgnoreCase("Data Source") && record.size() > 1) {
                        String source = Cells.text(sink, row, "Data Source", record.get(1).strip());
                        if (source != null) {
                            sink.source("World Bank, " + source);
                        }
                    } else if (first.equalsIgnoreCase("Country Name")) {
                        header = new ArrayList<>();
                        record.forEach(header::add);
                        if (header.size() < 5 || !header.get(1).strip().equalsIgnoreCase("Country Code")
                                || !header.get(3).strip().equalsIgnoreCase("Indicator Code")) {
                            sink.problem(row, "header", String.join(",", header),
                                    "is not the World Bank header: Country Name, Country Code, Indicator Name, Indicator Code, years");
                            return;
                        }
                    } else if (row > 10) {
                        sink.problem(row, "header", null, "no \"Country Name\" header in the first 10 lines");
                        return;
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() < 4) {
                    sink.problem(row, "Country Code", null, "row has " + record.size() + " columns, the header " + header.size());
                    continue;
                }
                String code = record.get(3);
                String name = Cells.text(sink, row, "Indicator Name", record.get(2).strip());
                if (name != null) {
                    sink.indicatorName(code.strip(), name);
                }
                for (int col = 4; col < record.size() && col < header.size(); col++) {
                    String year = header.get(col).strip();
                    if (year.isEmpty()) {
                        continue; // the trailing comma's empty column
                    }
                    Cells.stage(sink, row, "Indicator Code", code, "Country Code", record.get(1), "counterpart", null,
                            year, year, "sex", null, year, record.get(col), "status", null);
                }
            }
            if (header == null) {
                sink.problem(0, "header", null, "no \"Country Name\" header: not a World Bank bulk CSV");
            }
        } catch (UncheckedIOException e) {
            sink.problem(0, "$", null, "is not readable CSV: " + e.getCause().getMessage());
        }
    }
}
