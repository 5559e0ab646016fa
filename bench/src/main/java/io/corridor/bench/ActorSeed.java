package io.corridor.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated actors for the registry-scale figures, seeded in bulk with COPY into the actor-service's
 * tables as it writes them (actor, actor_name with its generated {@code norm} column, relation), then
 * the registry revision bumped so that the mention automaton rebuilds, as after any change of names.
 * Each generated actor has a preferred name and one alias, both two or three made-up words long
 * (syllables, so that they read like names and do not collide with the corpus's words).
 */
final class ActorSeed {

    static final String CREATOR = "corridor-bench";
    private static final String[] SYLLABLES = {"ka", "bo", "ti", "su", "ma", "ne", "ro", "di", "fa", "lu", "zo", "ye",
        "ga", "pi", "ke", "nu", "so", "ba", "wi", "xe", "da", "mo", "ri", "tu", "ve", "ho", "ja", "qu", "lo", "se"};
    private static final String[] PREDICATES = {"partner_of", "supports", "allied_with", "funds", "negotiates_with",
        "member_of", "opposes", "promotes"};
    private static final int BATCH = 20_000;

    /** The ids of the seeded actors. */
    record Seeded(List<Long> actors) {
    }

    private ActorSeed() {
    }

    static Seeded seed(Connection c, int aliases, int relations) throws Exception {
        Random random = new Random(5);
        int actorCount = Math.max(2, aliases / 2);
        long firstActor = Database.reserveIds(c, "actor_seq", actorCount);
        long firstName = Database.reserveIds(c, "actor_name_seq", 2L * actorCount);
        long firstRelation = Database.reserveIds(c, "relation_seq", relations);
        List<Long> ids = new ArrayList<>(actorCount);
        c.setAutoCommit(false);
        try {
            for (int start = 0; start < actorCount; start += BATCH) {
                StringBuilder actors = new StringBuilder();
                StringBuilder names = new StringBuilder();
                for (int i = start; i < Math.min(actorCount, start + BATCH); i++) {
                    long id = firstActor + i;
                    ids.add(id);
                    String name = "Association " + words(random);
                    String alias = words(random);
                    Database.row(actors, id, "diaspora_association", name, "accepted", CREATOR, "actor", "fr");
                    Database.row(names, firstName + 2L * i, id, "name", name, "fr");
                    Database.row(names, firstName + 2L * i + 1, id, "alias", alias, null);
                }
                Database.copy(c, "copy actor (id, kind, name, status, created_by, family, language) from stdin",
                        Database.utf8(actors));
                Database.copy(c, "copy actor_name (id, actor_id, type, name, language) from stdin", Database.utf8(names));
            }
            for (int start = 0; start < relations; start += BATCH) {
                StringBuilder rows = new StringBuilder();
                for (int i = start; i < Math.min(relations, start + BATCH); i++) {
                    long subject = ids.get(random.nextInt(ids.size()));
                    long object = ids.get(random.nextInt(ids.size()));
                    while (object == subject) {
                        object = ids.get(random.nextInt(ids.size()));
                    }
                    Database.row(rows, firstRelation + i, subject, PREDICATES[random.nextInt(PREDICATES.length)], object,
                            "accepted", CREATOR);
                }
                Database.copy(c, "copy relation (id, subject_id, predicate, object_id, status, created_by) from stdin",
                        Database.utf8(rows));
            }
            Database.execute(c, "update registry_revision set revision = revision + 1");
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        Database.execute(c, "analyze actor");
        Database.execute(c, "analyze actor_name");
        Database.execute(c, "analyze relation");
        return new Seeded(ids);
    }

    /** Removes what the bench seeded and, when given, the actors it created through the API. */
    static void cleanUp(Connection c, List<Long> alsoActors) throws Exception {
        String created = "select id from actor where created_by = '" + CREATOR + "'"
                + (alsoActors.isEmpty() ? "" : " or id in (" + String.join(",", alsoActors.stream().map(String::valueOf).toList()) + ")");
        c.setAutoCommit(false);
        try {
            Database.execute(c, "create temporary table bench_gone on commit drop as " + created);
            Database.execute(c, "delete from evidence where relation_id in (select id from relation where subject_id in "
                    + "(select id from bench_gone) or object_id in (select id from bench_gone))");
            Database.execute(c, "delete from relation where subject_id in (select id from bench_gone) or object_id in "
                    + "(select id from bench_gone)");
            Database.execute(c, "delete from actor where id in (select id from bench_gone)");
            Database.execute(c, "update registry_revision set revision = revision + 1");
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String words(Random random) {
        int n = 2 + random.nextInt(2);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                s.append(' ');
            }
            int syllables = 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < syllables; k++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            s.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return s.toString();
    }
}
