package io.corridor.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import io.corridor.demo.ActorCorpus;
import io.corridor.demo.Corpus;

/**
 * The corpus's actors, registered through the API as ./corridor demo does, and removed again afterwards
 * unless they were in the registry before the run (a shared stack keeps what its team loaded).
 */
final class CorpusActors implements AutoCloseable {

    private final Target target;
    private final List<Long> loadedByUs;

    private CorpusActors(Target target, List<Long> loadedByUs) {
        this.target = target;
        this.loadedByUs = loadedByUs;
    }

    /** Registers the corpus's actors; {@link #close()} removes those this run added, with their relations. */
    static CorpusActors load(Target target) throws Exception {
        try (Connection c = Database.connect(target, "actors")) {
            Set<String> before = externalKeys(c);
            System.out.println("[bench]   corpus actors: " + new ActorCorpus().load(target.api(), new Corpus(target.corpus())));
            return new CorpusActors(target, addedSince(c, target, before));
        }
    }

    /** The actors this run added (the bench's own generated ones are removed with them). */
    List<Long> loadedByUs() {
        return loadedByUs;
    }

    @Override
    public void close() throws Exception {
        try (Connection c = Database.connect(target, "actors")) {
            ActorSeed.cleanUp(c, loadedByUs);
        }
    }

    private static Set<String> externalKeys(Connection c) throws Exception {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select external_key from actor where external_key is not null");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static List<Long> addedSince(Connection c, Target target, Set<String> before) throws Exception {
        Set<String> corpusKeys = new HashSet<>();
        for (CSVRecord row : new Corpus(target.corpus()).csv("facts/actors.csv")) {
            corpusKeys.add(row.get("key"));
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, external_key from actor where external_key is not null");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(2);
                if (corpusKeys.contains(key) && !before.contains(key)) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
