package io.corridor.remittance.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.remittance.api.Caveats;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.api.ObservationRevision;
import io.corridor.remittance.api.Provenance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads observations with the reactive client: each observation identity joined to the revision
 * that was its latest at {@code asOf} (now when null). SQL, not HQL, because "latest revision as
 * of" is a lateral join that PostgreSQL plans well on the (observation_id, revision) index.
 */
@ApplicationScoped
public class ObservationRepository {

    // observations() reads these by position: a column added goes at the end.
    private static final String COLUMNS = """
            o.id, o.indicator_code, o.country, o.counterpart, o.period, o.period_start, o.period_end, o.sex, o.source,
            o.kind, r.revision, r.value, r.status, r.release, r.released_on, r.recorded_at, r.recorded_by, r.import_id, r.file_name,
            r.file_row, r.document, r.quote, r.annotation, r.footnote, r.type_of_data, r.notes,
            r.unit_mult, r.unit_measure, r.request_url, r.retrieved_at""";

    private static final String AS_OF = """
            join lateral (select * from observation_revision r where r.observation_id = o.id
                             and ($1::timestamptz is null or r.recorded_at <= $1)
                           order by r.revision desc limit 1) r on true""";

    /**
     * The revision join for a choice: {@link #AS_OF} unless it goes by publication, then the revision released last
     * on or before {@code $n} (or first released), ties to the higher revision. A few revisions per observation: the
     * sort by release date costs nothing, and the default statement keeps its plan.
     */
    static String revisionJoin(RevisionChoice choice, int publishedParam) {
        if (!choice.byPublication()) {
            return AS_OF;
        }
        return "join lateral (select * from observation_revision r where r.observation_id = o.id"
                + " and ($1::timestamptz is null or r.recorded_at <= $1)"
                + (choice.publishedBy() == null ? "" : " and r.released_on <= $" + publishedParam + "::date")
                + (choice.firstRelease() ? " order by r.released_on, r.revision" : " order by r.released_on desc, r.revision desc")
                + " limit 1) r on true";
    }

    /** The parameters of a statement built with {@link #revisionJoin}: the choice's release date goes last. */
    private static Tuple tuple(List<Object> params, RevisionChoice choice) {
        if (choice.publishedBy() != null) {
            params.add(choice.publishedBy());
        }
        return Tuple.from(params);
    }

    private static final String FILTER = """
             where o.indicator_code = $2
               and ($3::text is null or o.country = $3)
               and ($4::text is null or o.counterpart = $4)
               and ($5::date is null or o.period_end >= $5)
               and ($6::date is null or o.period_start <= $6)
               and ($7::text is null or o.sex = $7)
               and ($8::text is null or o.kind = $8)
               and ($9::text is null or o.source = $9)""";

    /**
     * The statements of {@link #list} and {@link #count}: {@code $1} asOf, {@code $2} to {@code $9}
     * the filter (indicator, country, counterpart, from, to, sex, kind, source), then for the page
     * {@code $10} the limit and {@code $11} the offset. Public for the bench, whose series floor runs
     * this very text.
     */
    public static final String LIST = "select " + COLUMNS + " from observation o " + AS_OF + " " + FILTER
            + " order by o.country, o.counterpart, o.period_start, o.period_end, o.sex, o.source limit $10 offset $11";
    public static final String COUNT = "select count(*) from observation o " + AS_OF + " " + FILTER;

    private final Pool pool;

    public ObservationRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Observation>> list(ObservationFilter f, long offset, int limit) {
        List<Object> params = params(f);
        params.add(limit);
        params.add(offset);
        String sql = f.revisions().byPublication() ? LIST.replace(AS_OF, revisionJoin(f.revisions(), 12)) : LIST;
        return pool.preparedQuery(sql).execute(tuple(params, f.revisions())).map(ObservationRepository::observations);
    }

    public Uni<Long> count(ObservationFilter f) {
        String sql = f.revisions().byPublication() ? COUNT.replace(AS_OF, revisionJoin(f.revisions(), 10)) : COUNT;
        return pool.preparedQuery(sql).execute(tuple(params(f), f.revisions()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * The reference value of a series at a period: the latest revision (at asOf) of a dataset
     * observation with a value, the most recently recorded source first.
     */
    public Uni<Observation> reference(String indicator, String country, String counterpart, String period,
            RevisionChoice choice) {
        String sql = "select " + COLUMNS + " from observation o " + revisionJoin(choice, 6) + " " + """
                 where o.indicator_code = $2 and o.country = $3 and o.counterpart = $4 and o.period = $5
                   and o.sex = 'total' and o.kind = 'dataset' and r.value is not null
                 order by r.recorded_at desc, o.id limit 1""";
        return pool.preparedQuery(sql).execute(tuple(new ArrayList<>(Arrays.asList(choice.recordedBy(), indicator, country,
                counterpart, period)), choice))
                .map(rows -> {
                    List<Observation> found = observations(rows);
                    return found.isEmpty() ? null : found.get(0);
                });
    }

    /** The counterparts of a country ranked by value at one period (one value per counterpart: the most recent source). */
    public Uni<List<Observation>> counterparts(String indicator, String country, String period, String sex,
            RevisionChoice choice, int limit) {
        String sql = "select * from (select distinct on (o.counterpart) " + COLUMNS + " from observation o "
                + revisionJoin(choice, 7) + " " + """
                 where o.indicator_code = $2 and o.country = $3 and o.counterpart <> '' and o.period = $4
                   and o.sex = $5 and r.value is not null
                 order by o.counterpart, (o.kind = 'dataset') desc, r.recorded_at desc) ranked
                 order by value desc, counterpart limit $6""";
        return pool.preparedQuery(sql).execute(tuple(new ArrayList<>(Arrays.asList(choice.recordedBy(), indicator, country,
                period, sex, limit)), choice))
                .map(ObservationRepository::observations);
    }

    /** The latest period with bilateral values for a country, to rank counterparts by default. */
    public Uni<String> latestBilateralPeriod(String indicator, String country, String sex) {
        return pool.preparedQuery("""
                select period from observation where indicator_code = $1 and country = $2 and counterpart <> '' and sex = $3
                 order by period_end desc, period_start desc limit 1""")
                .execute(Tuple.of(indicator, country, sex))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    public Uni<Observation> find(String indicator, long id, RevisionChoice choice) {
        String sql = "select " + COLUMNS + " from observation o " + revisionJoin(choice, 4)
                + " where o.indicator_code = $2 and o.id = $3";
        return pool.preparedQuery(sql).execute(tuple(new ArrayList<>(Arrays.asList(choice.recordedBy(), indicator, id)), choice)).map(rows -> {
            List<Observation> found = observations(rows);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public Uni<List<ObservationRevision>> history(String indicator, long id) {
        return pool.preparedQuery("""
                select r.* from observation_revision r join observation o on o.id = r.observation_id
                 where o.indicator_code = $1 and o.id = $2 order by r.revision""")
                .execute(Tuple.of(indicator, id)).map(rows -> {
                    List<ObservationRevision> revisions = new ArrayList<>();
                    for (Row r : rows) {
                        revisions.add(new ObservationRevision(r.getInteger("revision"), r.getBigDecimal("value"),
                                r.getString("status"), r.getString("release"), r.getLocalDate("released_on"),
                                r.getOffsetDateTime("recorded_at"),
                                r.getString("recorded_by"), provenance(r), caveats(r)));
                    }
                    return revisions;
                });
    }

    private static List<Object> params(ObservationFilter f) {
        return new ArrayList<>(Arrays.asList(f.revisions().recordedBy(), f.indicator(), f.country(), f.counterpart(), f.from(), f.to(),
                f.sex(), f.kind(), f.source()));
    }

    /**
     * Rows of {@link #COLUMNS}, read by position: a read by name scans the row's thirty column names each time, the
     * first of the service's own costs per series query (#25).
     */
    static List<Observation> observations(RowSet<Row> rows) {
        List<Observation> list = new ArrayList<>();
        for (Row r : rows) {
            String counterpart = r.getString(3);
            Provenance provenance = new Provenance(r.getLong(17), r.getString(18), r.getLong(19), r.getString(20),
                    r.getString(21), r.getString(22), r.getString(28), r.getOffsetDateTime(29));
            Caveats caveats = Caveats.of(r.getString(23), r.getString(24), r.getString(25), r.getInteger(26), r.getString(27));
            list.add(new Observation(r.getLong(0), r.getString(1), r.getString(2),
                    counterpart == null || counterpart.isEmpty() ? null : counterpart, r.getString(4),
                    r.getLocalDate(5), r.getLocalDate(6), r.getString(7), r.getBigDecimal(11),
                    r.getString(12), r.getString(8), r.getString(9), r.getInteger(10),
                    r.getString(13), r.getLocalDate(14), r.getOffsetDateTime(15), r.getString(16), provenance, caveats));
        }
        return list;
    }

    private static Caveats caveats(Row r) {
        return Caveats.of(r.getString("footnote"), r.getString("type_of_data"), r.getString("notes"), r.getInteger("unit_mult"),
                r.getString("unit_measure"));
    }

    private static Provenance provenance(Row r) {
        return new Provenance(r.getLong("import_id"), r.getString("file_name"), r.getLong("file_row"),
                r.getString("document"), r.getString("quote"), r.getString("annotation"), r.getString("request_url"),
                r.getOffsetDateTime("retrieved_at"));
    }
}
