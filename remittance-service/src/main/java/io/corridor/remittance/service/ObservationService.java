package io.corridor.remittance.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.corridor.remittance.Areas;
import io.corridor.remittance.Indicator;
import io.corridor.remittance.Period;
import io.corridor.remittance.PublicationDate;
import io.corridor.remittance.Sex;
import io.corridor.remittance.api.DerivedPoint;
import io.corridor.remittance.api.Observation;
import io.corridor.remittance.api.ObservationDraft;
import io.corridor.remittance.api.ObservationRevision;
import io.corridor.remittance.api.Provenance;
import io.corridor.remittance.mapping.Cells;
import io.corridor.remittance.mapping.CsvCell;
import io.corridor.remittance.mapping.RowSink;
import io.corridor.remittance.mapping.StagedRow;
import io.corridor.remittance.repository.ObservationFilter;
import io.corridor.remittance.repository.ObservationRepository;
import io.corridor.remittance.repository.ObservationStore;
import io.corridor.remittance.repository.RevisionChoice;
import io.corridor.remittance.repository.StagingWriter;
import io.corridor.support.paging.Page;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.smallrye.mutiny.Uni;

/** Observation queries (latest or as of a date), revisions, rankings and derived series. */
@ApplicationScoped
public class ObservationService {

    /** Series are long: a page may hold this many observations. */
    public static final int MAX_PAGE = 5000;
    /** A ranking of counterparts lists at most this many. */
    public static final int MAX_COUNTERPARTS = 250;
    /** Derived series read at most this many input observations per indicator. */
    static final int MAX_SERIES = 5000;
    static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final ObservationRepository observations;
    private final ObservationStore store;
    private final IndicatorService indicators;

    public ObservationService(ObservationRepository observations, ObservationStore store, IndicatorService indicators) {
        this.observations = observations;
        this.store = store;
        this.indicators = indicators;
    }

    /** Query parameters as received; checked here so every fault names its parameter. */
    public record Query(String country, String counterpart, String from, String to, String sex, String asOf,
            String vintage, boolean firstRelease, String kind, String source) {
    }

    public ObservationFilter filter(String indicator, Query q) {
        String counterpart = q.counterpart() == null || q.counterpart().isBlank() ? null
                : q.counterpart().equalsIgnoreCase("none") ? "" : area("counterpart", q.counterpart());
        String kind = blank(q.kind()) ? null : q.kind().strip();
        if (kind != null && !kind.equals("dataset") && !kind.equals("document")) {
            throw ProblemException.invalid("kind", "must be dataset or document");
        }
        return new ObservationFilter(indicator, blank(q.country()) ? null : area("country", q.country()), counterpart,
                blank(q.from()) ? null : period("from", q.from()).start(), blank(q.to()) ? null : period("to", q.to()).end(),
                blank(q.sex()) ? null : sex(q.sex()).name(), revisions(q.asOf(), q.vintage(), q.firstRelease()), kind,
                blank(q.source()) ? null : q.source().strip());
    }

    public Uni<Page<Observation>> list(String indicator, Query q, int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_PAGE);
        }
        ObservationFilter f = filter(indicator, q);
        long offset = (long) page * size;
        // A page that is not full tells the total by itself: a series query (one country, a few
        // dozen periods) then costs one statement, not a count over the same join as well. A page with
        // observations proves the indicator exists (observation.indicator_code references it): only an
        // empty one asks the catalogue, to answer 404 for an unknown code.
        return observations.list(f, offset, size)
                .call(items -> items.isEmpty() ? indicators.get(indicator) : Uni.createFrom().voidItem())
                .chain(items -> items.size() < size && (offset == 0 || !items.isEmpty())
                        ? Uni.createFrom().item(new Page<>(items, page, size, offset + items.size()))
                        : observations.count(f).map(total -> new Page<>(items, page, size, total)));
    }

    public Uni<String> csv(String indicator, Query q, int page, int size) {
        return list(indicator, q, page, size).map(ObservationService::toCsv);
    }

    public Uni<List<ObservationRevision>> history(String indicator, long id) {
        return observations.history(indicator, id).invoke(revisions -> {
            if (revisions.isEmpty()) {
                throw ProblemException.notFound("no observation " + id + " of indicator " + indicator);
            }
        });
    }

    public Uni<Observation> get(String indicator, long id, String asOf, String vintage, boolean firstRelease) {
        RevisionChoice choice = revisions(asOf, vintage, firstRelease);
        return observations.find(indicator, id, choice).invoke(found -> {
            if (found == null) {
                throw ProblemException.notFound("no observation " + id + " of indicator " + indicator
                        + (choice.recordedBy() == null ? "" : " known at " + asOf)
                        + (choice.publishedBy() == null ? "" : " published by " + choice.publishedBy()));
            }
        });
    }

    /** The counterparts of a country ranked by value, at a period (default: the latest with bilateral values). */
    public Uni<List<Observation>> counterparts(String indicator, String country, String period, String sex, String asOf,
            String vintage, int limit) {
        if (blank(country)) {
            throw ProblemException.invalid("country", "is required");
        }
        if (limit < 1 || limit > MAX_COUNTERPARTS) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_COUNTERPARTS);
        }
        String c = area("country", country);
        String s = blank(sex) ? Sex.total.name() : sex(sex).name();
        RevisionChoice at = revisions(asOf, vintage, false);
        Uni<String> p = blank(period) ? observations.latestBilateralPeriod(indicator, c, s)
                : Uni.createFrom().item(period("period", period).text());
        return indicators.get(indicator).chain(() -> p).chain(resolved -> resolved == null
                ? Uni.createFrom().item(List.<Observation>of())
                : observations.counterparts(indicator, c, resolved, s, at, limit));
    }

    /** 100 × numerator / denominator for each period where both have a dataset value. */
    public Uni<List<DerivedPoint>> ratio(String numerator, String denominator, Query q) {
        if (blank(denominator)) {
            throw ProblemException.invalid("denominator", "is required: the indicator to divide by, e.g. NY.GDP.MKTP.CD");
        }
        requireCountry(q);
        ObservationFilter top = datasetSeries(filter(numerator, q));
        ObservationFilter bottom = datasetSeries(filter(denominator.strip(), q));
        return indicators.get(numerator).chain(() -> indicators.get(denominator.strip()))
                .chain(() -> observations.list(top, 0, MAX_SERIES))
                .chain(nums -> observations.list(bottom, 0, MAX_SERIES).map(dens -> {
                    Map<String, Observation> byPeriod = byPeriod(dens);
                    List<DerivedPoint> points = new ArrayList<>();
                    for (Observation n : byPeriod(nums).values()) {
                        Observation d = byPeriod.get(n.period());
                        if (d != null && d.value().signum() != 0) {
                            points.add(new DerivedPoint(n.period(), percent(n.value(), d.value()), "percent", "ratio",
                                    List.of(n, d)));
                        }
                    }
                    return points;
                }));
    }

    /** 100 × (value / previous year's value − 1) for consecutive yearly observations. */
    public Uni<List<DerivedPoint>> growth(String indicator, Query q) {
        requireCountry(q);
        ObservationFilter f = datasetSeries(filter(indicator, q));
        return indicators.get(indicator).chain(() -> observations.list(f, 0, MAX_SERIES)).map(series -> {
            Map<String, Observation> byPeriod = byPeriod(series);
            List<DerivedPoint> points = new ArrayList<>();
            for (Observation current : byPeriod.values()) {
                if (current.period().length() != 4) {
                    continue;
                }
                Observation previous = byPeriod.get(String.valueOf(Integer.parseInt(current.period()) - 1));
                if (previous != null && previous.value().signum() != 0) {
                    BigDecimal g = current.value().divide(previous.value(), PRECISION).subtract(BigDecimal.ONE)
                            .multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
                    points.add(new DerivedPoint(current.period(), plain(g), "percent", "growth", List.of(current, previous)));
                }
            }
            return points;
        });
    }

    /**
     * Records a figure stated in a document as a document-sourced observation (JDBC, same merge as
     * imports: same value again changes nothing, a different one adds a revision).
     */
    public Recorded recordFromDocument(String indicator, ObservationDraft draft, String user) {
        List<Violation> problems = new ArrayList<>();
        List<StagedRow> rows = new ArrayList<>();
        RowSink sink = new RowSink() {
            @Override
            public void row(StagedRow row) {
                rows.add(row);
            }

            @Override
            public void problem(long row, String column, String value, String reason) {
                problems.add(Violation.field(column, Echo.of(value), reason));
            }
        };
        // the indicator comes from the path: a fault in it names the path parameter, code
        // the value as written (toString keeps an exponent): written out digit by digit, 1E-999999999 is a
        // billion characters and 1E-2147483647 more than a string holds, before the cell check could refuse it
        Cells.stage(sink, 1, "code", indicator, "country", draft.country(), "counterpart", draft.counterpart(),
                "period", draft.period(), "sex", draft.sex(), "value", draft.value().toString(), "status", draft.status());
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("the observation has " + problems.size() + " problem(s)", problems);
        }
        StagedRow row = rows.get(0);
        // a document's figure is dated the day it is recorded: the document's own date is the claim's (see ClaimDraft)
        ObservationStore.Release release = new ObservationStore.Release(blank(draft.sourceCited())
                ? "as stated in " + draft.document() : draft.sourceCited().strip(), LocalDate.now(ZoneOffset.UTC));
        try (Connection c = store.begin()) {
            try {
                try (StagingWriter w = store.staging(c)) {
                    w.write(row);
                }
                if (!store.unknownIndicators(c).isEmpty()) {
                    throw ProblemException.notFound("no indicator " + indicator);
                }
                ObservationStore.Counts counts = store.merge(c, null, draft.document().strip(), "document", release, user,
                        new ObservationStore.Provenance(null, false, draft.document().strip(), draft.quote(), draft.annotation()));
                long[] id = store.observationId(c, indicator, row.country(), row.counterpart(), row.period().text(),
                        row.sex().name(), draft.document().strip());
                c.commit();
                return new Recorded(id[0], (int) id[1], counts.created() > 0);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the observation", e);
        }
    }

    public record Recorded(long id, int revision, boolean created) {
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return plain(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, PRECISION)
                .setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }

    static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static ObservationFilter datasetSeries(ObservationFilter f) {
        return new ObservationFilter(f.indicator(), f.country(), f.counterpart() == null ? "" : f.counterpart(), f.from(),
                f.to(), Sex.total.name(), f.revisions(), "dataset", f.source());
    }

    /** One observation per period with a value: the most recently recorded source wins. */
    private static Map<String, Observation> byPeriod(List<Observation> series) {
        Map<String, Observation> map = new TreeMap<>();
        series.stream().filter(o -> o.value() != null).sorted(Comparator.comparing(Observation::recordedAt))
                .forEach(o -> map.put(o.period(), o));
        return map;
    }

    private static void requireCountry(Query q) {
        if (blank(q.country())) {
            throw ProblemException.invalid("country", "is required for a derived series");
        }
    }

    static String toCsv(Page<Observation> page) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "indicator", "country",
                "counterpart", "period", "period_start", "period_end", "sex", "value", "status", "source", "kind", "revision",
                "release", "release_date", "recorded_at", "recorded_by", "import_id", "file_name", "file_row", "document", "annotation").get())) {
            for (Observation o : page.items()) {
                Provenance p = o.provenance();
                Object[] cells = { o.id(), o.indicator(), o.country(), o.counterpart(), o.period(), o.periodStart(),
                        o.periodEnd(), o.sex(), o.value() == null ? null : o.value().toPlainString(), o.status(),
                        o.source(), o.kind(), o.revision(), o.release(), o.releaseDate(), o.recordedAt(), o.recordedBy(), p.importId(),
                        p.fileName(), p.row(), p.document(), p.annotation() };
                // every cell through one door: sources, file names, documents and releases come from clients
                csv.printRecord(java.util.Arrays.stream(cells).map(CsvCell::safe));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String area(String field, String raw) {
        try {
            return Areas.canonical(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    static Period period(String field, String raw) {
        try {
            return Period.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    static Sex sex(String raw) {
        try {
            return Sex.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sex", e.getMessage());
        }
    }

    /** Which revision a read answers: recorded by asOf, published by vintage (a date, month or year), or first released. */
    static RevisionChoice revisions(String asOf, String vintage, boolean firstRelease) {
        return new RevisionChoice(asOf(asOf), vintage(vintage), firstRelease);
    }

    static LocalDate vintage(String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return PublicationDate.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("vintage", e.getMessage());
        }
    }

    /** A date means the end of that day (UTC); a date-time is taken as given. */
    static OffsetDateTime asOf(String raw) {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusNanos(1000);
            }
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be a date (2025-01-31) or a date-time with offset (2025-01-31T12:00:00Z)");
        }
    }

    /** Unused indicator lookups stay cheap; exposed for the claim checker. */
    Uni<Indicator> indicator(String code) {
        return indicators.find(code);
    }
}
