package io.corridor.remittance.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Writes observations in bulk over JDBC, inside one transaction the caller owns: rows go to a
 * temporary staging table by COPY, are checked there with set-based SQL (unknown indicators,
 * duplicate keys), then written in one of two ways. Indicators the source has no observation of
 * yet are inserted straight from staging (each staged row already carries its observation id, so
 * the revision needs no matching); the others are merged by one statement that matches the natural
 * key and adds a revision only where the value or status changed. Reads use the reactive client
 * elsewhere; bulk writes are the one place where JDBC COPY is worth the blocking thread.
 */
@ApplicationScoped
public class ObservationStore {

    /** Imports take this transaction-level lock so two of them never number revisions concurrently. */
    private static final long IMPORT_LOCK = 0x436f7272L;

    private final AgroalDataSource dataSource;

    public ObservationStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record UnknownIndicator(String code, long firstRow, long rows) {
    }

    public record Duplicate(long row, long firstRow, String key) {
    }

    public record Counts(long rows, long created, long revised, long unchanged, long missing) {

        public Counts plus(Counts o) {
            return new Counts(rows + o.rows, created + o.created, revised + o.revised, unchanged + o.unchanged,
                    missing + o.missing);
        }
    }

    /** The staged rows of one indicator, and whether the source already has observations of it. */
    public record StagedIndicator(String code, long rows, long missing, boolean known) {
    }

    /** The release new revisions belong to: the label as received and the publisher's release date. */
    public record Release(String label, LocalDate date) {
    }

    /**
     * Where the values came from, recorded on each revision: a file (its name, its rows), a document's quote, or a
     * publisher's API (the request sent and when its answer was retrieved).
     */
    public record Provenance(String fileName, boolean fileRows, String document, String quote, String annotation,
            String requestUrl, OffsetDateTime retrievedAt) {

        public Provenance(String fileName, boolean fileRows, String document, String quote, String annotation) {
            this(fileName, fileRows, document, quote, annotation, null, null);
        }
    }

    /** A connection in a transaction, holding the import lock and an empty staging table. */
    public Connection begin() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
                String sequence;
                try (ResultSet r = s.executeQuery("select pg_get_serial_sequence('observation', 'id')")) {
                    r.next();
                    sequence = r.getString(1).replace("'", "''");
                }
                // obs_id: the id the row's observation gets if it is new, drawn as the row is staged so
                // that new observations and their first revisions are inserted without matching keys.
                // Ids of rows that turn out to be known are left unused, as identity sequences allow.
                s.execute("""
                        create temporary table staging (
                            row bigint, indicator_code text, country text, counterpart text, period text,
                            period_start date, period_end date, sex text, value numeric, status text,
                            footnote text, type_of_data text, notes text, unit_mult integer, unit_measure text,
                            obs_id bigint not null default nextval('%s'::regclass)
                        ) on commit drop""".formatted(sequence));
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    public StagingWriter staging(Connection c) throws SQLException {
        return new StagingWriter(c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy staging (row, indicator_code, country, counterpart, period, period_start, period_end, sex, value, "
                        + "status, footnote, type_of_data, notes, unit_mult, unit_measure) from stdin (format csv)"));
    }

    /** Gives the planner the staging table's real size (temporary tables are never auto-analyzed). */
    public void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("analyze staging");
        }
    }

    public List<UnknownIndicator> unknownIndicators(Connection c) throws SQLException {
        List<UnknownIndicator> unknown = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select s.indicator_code, min(s.row), count(*) from staging s
                 where not exists (select 1 from indicator i where i.code = s.indicator_code)
                 group by s.indicator_code order by min(s.row)""")) {
            while (r.next()) {
                unknown.add(new UnknownIndicator(r.getString(1), r.getLong(2), r.getLong(3)));
            }
        }
        return unknown;
    }

    public void createIndicators(Connection c, List<String> codes, Map<String, String> names, Map<String, String> definitions,
            String source) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into indicator (code, name_en, unit, source, definition)
                values (?, ?, 'unspecified', ?, coalesce(?, 'Created by an import; unit and definition to be completed by a curator.'))
                on conflict (code) do nothing""")) {
            for (String code : codes) {
                p.setString(1, code);
                p.setString(2, names.getOrDefault(code, code));
                p.setString(3, source);
                p.setString(4, definitions.get(code));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The staged indicators with their row counts, each marked known when the source already has an
     * observation of it: one pass over staging, one index probe per indicator.
     */
    public List<StagedIndicator> stagedIndicators(Connection c, String source) throws SQLException {
        List<StagedIndicator> staged = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                select s.indicator_code, s.rows, s.missing,
                       exists (select 1 from observation o where o.indicator_code = s.indicator_code and o.source = ?)
                  from (select indicator_code, count(*) as rows, count(*) filter (where value is null) as missing
                          from staging group by indicator_code) s""")) {
            p.setString(1, source);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    staged.add(new StagedIndicator(r.getString(1), r.getLong(2), r.getLong(3), r.getBoolean(4)));
                }
            }
        }
        return staged;
    }

    /**
     * Inserts the staged rows of indicators the source has no observation of yet as new
     * observations with their first revision, without matching keys: nothing of theirs exists to
     * match, and the caller has refused repeated keys. Rows without a value are counted as missing.
     */
    public Counts insertNew(Connection c, List<String> indicators, long importId, String source, String kind,
            Release release, String user, Provenance provenance, long rows, long missing) throws SQLException {
        Array codes = c.createArrayOf("text", indicators.toArray());
        try (PreparedStatement p = c.prepareStatement("""
                insert into observation (id, indicator_code, country, counterpart, period, period_start, period_end, sex, source, kind)
                overriding system value
                select obs_id, indicator_code, country, counterpart, period, period_start, period_end, sex, ?, ?
                  from staging where value is not null and indicator_code = any (?)""")) {
            p.setString(1, source);
            p.setString(2, kind);
            p.setArray(3, codes);
            p.executeUpdate();
        }
        long created;
        try (PreparedStatement p = c.prepareStatement("""
                insert into observation_revision (observation_id, revision, value, status, release, released_on, recorded_by,
                                                  import_id, file_name, file_row, document, quote, annotation,
                                                  footnote, type_of_data, notes, unit_mult, unit_measure, request_url, retrieved_at)
                select obs_id, 1, value, status, ?, ?, ?, ?, ?, case when ? then row end, ?, ?, ?, footnote, type_of_data, notes,
                       unit_mult, unit_measure, ?, ?
                  from staging where value is not null and indicator_code = any (?)""")) {
            int i = 1;
            p.setString(i++, release.label());
            p.setObject(i++, release.date());
            p.setString(i++, user);
            p.setLong(i++, importId);
            p.setString(i++, provenance.fileName());
            p.setBoolean(i++, provenance.fileRows());
            p.setString(i++, provenance.document());
            p.setString(i++, provenance.quote());
            p.setString(i++, provenance.annotation());
            p.setString(i++, provenance.requestUrl());
            p.setObject(i++, provenance.retrievedAt());
            p.setArray(i, codes);
            created = p.executeLargeUpdate();
        }
        return new Counts(rows, created, 0, 0, missing);
    }

    /**
     * Whether two staged rows share a key: one hashed grouping, far cheaper than listing them (a
     * sort of every row), which is only done when there are some. The import holds the lock, so
     * the larger work_mem (the hash table of a million keys, in the database server, for the rest
     * of this transaction) is taken by one import at a time.
     */
    public boolean hasDuplicates(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local work_mem = '256MB'");
            try (ResultSet r = s.executeQuery("""
                    select exists (select 1 from staging group by indicator_code, country, counterpart, period, sex
                                   having count(*) > 1)""")) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    public List<Duplicate> duplicates(Connection c, int limit) throws SQLException {
        List<Duplicate> duplicates = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                select row, first_row, key from (
                    select row, first_value(row) over w as first_row, indicator_code || ' ' || country
                           || case when counterpart = '' then '' else '→' || counterpart end || ' ' || period || ' ' || sex as key,
                           row_number() over w as n
                      from staging
                    window w as (partition by indicator_code, country, counterpart, period, sex order by row)) d
                 where n > 1 order by row limit ?""")) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    duplicates.add(new Duplicate(r.getLong(1), r.getLong(2), r.getString(3)));
                }
            }
        }
        return duplicates;
    }

    /** Records an import; {@code provenance} names the file, or the API request a fetch sent and when it was answered. */
    public long insertImport(Connection c, String format, Provenance provenance, String source, Release release, String user)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into import (format, file_name, source, release, released_on, imported_by, request_url, retrieved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            p.setString(1, format);
            p.setString(2, provenance.fileName());
            p.setString(3, source);
            p.setString(4, release.label());
            p.setObject(5, release.date());
            p.setString(6, user);
            p.setString(7, provenance.requestUrl());
            p.setObject(8, provenance.retrievedAt());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Merges the staged rows: creates the identities not seen before, then adds a revision where
     * there is none yet or the value or status differs from the latest one. A missing value with
     * nothing to revise is counted and left out.
     */
    public Counts merge(Connection c, Long importId, String source, String kind, Release release, String user,
            Provenance provenance) throws SQLException {
        return merge(c, null, importId, source, kind, release, user, provenance);
    }

    /** As {@link #merge(Connection, Long, String, String, Release, String, Provenance)}, for the rows of some indicators only (all when null). */
    public Counts merge(Connection c, List<String> indicators, Long importId, String source, String kind, Release release,
            String user, Provenance provenance) throws SQLException {
        Array codes = indicators == null ? null : c.createArrayOf("text", indicators.toArray());
        try (PreparedStatement p = c.prepareStatement("""
                insert into observation (id, indicator_code, country, counterpart, period, period_start, period_end, sex, source, kind)
                overriding system value
                select obs_id, indicator_code, country, counterpart, period, period_start, period_end, sex, ?, ?
                  from staging where value is not null and (?::text[] is null or indicator_code = any (?::text[]))
                on conflict (indicator_code, country, counterpart, period, sex, source) do nothing""")) {
            p.setString(1, source);
            p.setString(2, kind);
            p.setArray(3, codes);
            p.setArray(4, codes);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("""
                with s as (
                    select st.row, st.value, st.status, st.footnote, st.type_of_data, st.notes, st.unit_mult, st.unit_measure,
                           o.id as obs_id,
                           l.value as old_value, l.status as old_status, l.revision as old_revision,
                           l.footnote as old_footnote, l.type_of_data as old_type_of_data, l.notes as old_notes
                      from staging st
                      left join observation o
                        on o.indicator_code = st.indicator_code and o.country = st.country and o.counterpart = st.counterpart
                       and o.period = st.period and o.sex = st.sex and o.source = ?
                      left join lateral (select r.value, r.status, r.revision, r.footnote, r.type_of_data, r.notes
                                           from observation_revision r
                                          where r.observation_id = o.id order by r.revision desc limit 1) l on true
                     where ?::text[] is null or st.indicator_code = any (?::text[])
                ), changed as (
                    select * from s where obs_id is not null
                       and (old_revision is null or old_value is distinct from value or old_status <> status
                            or old_footnote is distinct from footnote or old_type_of_data is distinct from type_of_data
                            or old_notes is distinct from notes)
                ), inserted as (
                    insert into observation_revision (observation_id, revision, value, status, release, released_on,
                                                      recorded_by, import_id, file_name, file_row, document, quote, annotation,
                                                      footnote, type_of_data, notes, unit_mult, unit_measure, request_url,
                                                      retrieved_at)
                    select obs_id, coalesce(old_revision, 0) + 1, value, status, ?, ?, ?, ?, ?,
                           case when ? then row end, ?, ?, ?, footnote, type_of_data, notes, unit_mult, unit_measure, ?, ?
                      from changed
                    returning revision
                )
                select (select count(*) from s),
                       (select count(*) from inserted where revision = 1),
                       (select count(*) from inserted where revision > 1),
                       (select count(*) from s where obs_id is null)""")) {
            int i = 1;
            p.setString(i++, source);
            p.setArray(i++, codes);
            p.setArray(i++, codes);
            p.setString(i++, release.label());
            p.setObject(i++, release.date());
            p.setString(i++, user);
            if (importId == null) {
                p.setNull(i++, java.sql.Types.BIGINT);
            } else {
                p.setLong(i++, importId);
            }
            p.setString(i++, provenance.fileName());
            p.setBoolean(i++, provenance.fileRows());
            p.setString(i++, provenance.document());
            p.setString(i++, provenance.quote());
            p.setString(i++, provenance.annotation());
            p.setString(i++, provenance.requestUrl());
            p.setObject(i++, provenance.retrievedAt());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long rows = r.getLong(1);
                long created = r.getLong(2);
                long revised = r.getLong(3);
                long missing = r.getLong(4);
                return new Counts(rows, created, revised, rows - created - revised - missing, missing);
            }
        }
    }

    public void finishImport(Connection c, long importId, Counts counts) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                update import set rows_read = ?, created = ?, revised = ?, unchanged = ?, missing = ? where id = ?""")) {
            p.setLong(1, counts.rows());
            p.setLong(2, counts.created());
            p.setLong(3, counts.revised());
            p.setLong(4, counts.unchanged());
            p.setLong(5, counts.missing());
            p.setLong(6, importId);
            p.executeUpdate();
        }
    }

    /** The id and latest revision of one observation identity, after a merge. */
    public long[] observationId(Connection c, String indicator, String country, String counterpart, String period,
            String sex, String source) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                select o.id, (select max(revision) from observation_revision r where r.observation_id = o.id)
                  from observation o where indicator_code = ? and country = ? and counterpart = ? and period = ?
                   and sex = ? and source = ?""")) {
            p.setString(1, indicator);
            p.setString(2, country);
            p.setString(3, counterpart);
            p.setString(4, period);
            p.setString(5, sex);
            p.setString(6, source);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new long[] { r.getLong(1), r.getLong(2) } : null;
            }
        }
    }
}
