package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;

import io.corridor.demo.Corpus;

/**
 * The corpus documents' text, read at run time from the corpus directory the bench was given (the
 * project never copies it), and sentences drawn from it to make generated documents read like the
 * corpus: French prose with its accents, apostrophes and vocabulary.
 */
record CorpusText(List<Document> documents, List<String> sentences) {

    record Document(String file, String title, String language, String text) {
        int bytes() {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    static CorpusText read(Target target) throws IOException {
        Corpus corpus = new Corpus(target.corpus());
        List<Document> documents = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (CSVRecord row : corpus.csv("manifest.csv")) {
            String text = Normalizer.normalize(Files.readString(corpus.file(row.get("file")), StandardCharsets.UTF_8),
                    Normalizer.Form.NFC).replace("\r\n", "\n");
            documents.add(new Document(row.get("file"), row.get("title"), row.get("language"), text));
            for (String s : text.split("(?<=[.!?])\\s+")) {
                String sentence = s.strip().replaceAll("\\s+", " ");
                if (sentence.length() >= 40 && sentence.length() <= 400) {
                    sentences.add(sentence);
                }
            }
        }
        if (documents.isEmpty() || sentences.isEmpty()) {
            throw new IOException("no corpus text under " + target.corpus());
        }
        return new CorpusText(List.copyOf(documents), List.copyOf(sentences));
    }

    /** About {@code chars} characters of corpus sentences, picked at random, in paragraphs. */
    String generated(Random random, int chars) {
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        while (text.length() < chars) {
            if (inParagraph == 4) {
                text.append("\n\n");
                inParagraph = 0;
            } else if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentences.get(random.nextInt(sentences.size())));
            inParagraph++;
        }
        return text.toString();
    }

    /** Every document's text, one after the other. */
    String whole() {
        StringBuilder all = new StringBuilder();
        documents.forEach(d -> all.append(d.text()).append("\n\n"));
        return all.toString();
    }
}
