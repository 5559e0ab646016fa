package io.corridor.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The shared corpus directory (../shared/corpus): documents, manifest.csv and facts/*.csv. */
public record Corpus(Path dir) {

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Reads a CSV with a header row, e.g. {@code csv("manifest.csv")} or {@code csv("facts/actors.csv")}. */
    public List<CSVRecord> csv(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(file(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
