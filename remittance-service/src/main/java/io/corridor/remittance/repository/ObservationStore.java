package io.corridor.remittance.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Writes observations in bulk over JDBC, inside one transaction the caller owns: rows go to a
 * temporary staging table by COPY, are checked there with set-based SQL (unknown indicators,
 * duplicate keys), then merged into observation/observation_revision by one statement that adds a
 * revision only where the value or status changed. Reads use the reactive client elsewhere; bulk
 * writes are the one place where JDBC COPY is worth the blocking thread.
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
    }

    /** Where the values came from, recorded on each revision. */
    public record Provenance(String fileName, boolean fileRows, String document, String quote, String annotation) {
    }

    /** A connection in a transaction, holding the import lock and an empty staging table. */
    public Connection begin() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
                s.execute("""
                        create temporary table staging (
                            row bigint, indicator_code text, country text, counterpart text, period text,
                            period_start date, period_end date, sex text, value numeric, status text
                        ) on commit drop""");
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    public StagingWriter staging(Connection c) throws SQLException {
        return new StagingWriter(c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy staging from stdin (format csv)"));
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

    public void createIndicators(Connection c, List<String> codes, Map<String, String> names, String source)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into indicator (code, name_en, unit, source, definition)
                values (?, ?, 'unspecified', ?, 'Created by an import; unit and definition to be completed by a curator.')
                on conflict (code) do nothing""")) {
            for (String code : codes) {
                p.setString(1, code);
                p.setString(2, names.getOrDefault(code, code));
                p.setString(3, source);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    public List<Duplicate> duplicates(Connection c, int limit) throws SQLException {
        List<Duplicate> duplicates = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                select row, first_value(row) over w, indicator_code || ' ' || country
                       || case when counterpart = '' then '' else '→' || counterpart end || ' ' || period || ' ' || sex,
                       row_number() over w
                  from staging
                window w as (partition by indicator_code, country, counterpart, period, sex order by row)
                order by row""")) {
            p.setFetchSize(1000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next() && duplicates.size() < limit) {
                    if (r.getLong(4) > 1) {
                        duplicates.add(new Duplicate(r.getLong(1), r.getLong(2), r.getString(3)));
                    }
                }
            }
        }
        return duplicates;
    }

    public long insertImport(Connection c, String format, String fileName, String source, String release, String user)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into import (format, file_name, source, release, imported_by) values (?, ?, ?, ?, ?) returning id""")) {
            p.setString(1, format);
            p.setString(2, fileName);
            p.setString(3, source);
            p.setString(4, release);
            p.setString(5, user);
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
    public Counts merge(Connection c, Long importId, String source, String kind, String release, String user,
            Provenance provenance) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into observation (indicator_code, country, counterpart, period, period_start, period_end, sex, source, kind)
                select indicator_code, country, counterpart, period, period_start, period_end, sex, ?, ?
                  from staging where value is not null
                on conflict (indicator_code, country, counterpart, period, sex, source) do nothing""")) {
            p.setString(1, source);
            p.setString(2, kind);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("""
                with s as (
                    select st.row, st.value, st.status, o.id as obs_id, l.value as old_value, l.status as old_status,
                           l.revision as old_revision
                      from staging st
                      left join observation o
                        on o.indicator_code = st.indicator_code and o.country = st.country and o.counterpart = st.counterpart
                       and o.period = st.period and o.sex = st.sex and o.source = ?
                      left join lateral (select r.value, r.status, r.revision from observation_revision r
                                          where r.observation_id = o.id order by r.revision desc limit 1) l on true
                ), changed as (
                    select * from s where obs_id is not null
                       and (old_revision is null or old_value is distinct from value or old_status <> status)
                ), inserted as (
                    insert into observation_revision (observation_id, revision, value, status, release, recorded_by,
                                                      import_id, file_name, file_row, document, quote, annotation)
                    select obs_id, coalesce(old_revision, 0) + 1, value, status, ?, ?, ?, ?,
                           case when ? then row end, ?, ?, ?
                      from changed
                    returning revision
                )
                select (select count(*) from s),
                       (select count(*) from inserted where revision = 1),
                       (select count(*) from inserted where revision > 1),
                       (select count(*) from s where obs_id is null)""")) {
            int i = 1;
            p.setString(i++, source);
            p.setString(i++, release);
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
