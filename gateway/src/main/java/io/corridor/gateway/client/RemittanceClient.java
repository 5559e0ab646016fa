package io.corridor.gateway.client;

import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corridor.gateway.api.Claim;
import io.corridor.gateway.api.ClaimCheck;
import io.corridor.gateway.api.ClaimDraft;
import io.corridor.gateway.api.ImportReport;
import io.corridor.gateway.api.Indicator;
import io.corridor.gateway.api.IndicatorDerivedPoint;
import io.corridor.gateway.api.IndicatorDraft;
import io.corridor.gateway.api.Observation;
import io.corridor.gateway.api.ObservationDraft;
import io.corridor.gateway.api.ObservationRevision;
import io.corridor.gateway.api.Verdict;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the remittance-service. Reads retry; writes do not (a claim check is
 * a read even though it is a POST). Imports get a long timeout and a small bulkhead of their own:
 * a large file takes minutes, and a few concurrent imports are enough.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class RemittanceClient {

    private final RemittanceRestClient rest;

    /**
     * Keeps only the status, the Location and the entity of a service's answer: its other headers
     * (Content-Length above all) describe the service's bytes, not the body the gateway writes;
     * keeping them made clients wait for bytes that never came.
     */
    static <T> RestResponse<T> rebuild(RestResponse<T> downstream) {
        RestResponse.ResponseBuilder<T> out = RestResponse.ResponseBuilder.<T> create(downstream.getStatus())
                .entity(downstream.getEntity());
        if (downstream.getLocation() != null) {
            // The service's absolute Location names its own host: keep the path, the gateway's base is added.
            out.location(java.net.URI.create(downstream.getLocation().getRawPath()));
        }
        return out.build();
    }

    public RemittanceClient(@RestClient RemittanceRestClient rest) {
        this.rest = rest;
    }

    /** The filters of an observation listing, passed on as given (the service checks them). */
    public record ObservationQuery(String country, String counterpart, String from, String to, String sex, String asOf,
            String kind, String source, int page, int size) {
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Indicator>> catalogue(PageRequest page) {
        return rest.catalogue(page.page, page.size);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Indicator> indicator(String code) {
        return rest.indicator(code);
    }

    public Uni<RestResponse<Indicator>> putIndicator(String code, IndicatorDraft draft) {
        return rest.putIndicator(code, draft).map(RemittanceClient::rebuild);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Observation>> observations(String code, ObservationQuery q) {
        return rest.observations(code, q.country(), q.counterpart(), q.from(), q.to(), q.sex(), q.asOf(), q.kind(),
                q.source(), q.page(), q.size());
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<String> observationsCsv(String code, ObservationQuery q) {
        return rest.observationsCsv(code, q.country(), q.counterpart(), q.from(), q.to(), q.sex(), q.asOf(), q.kind(),
                q.source(), q.page(), q.size());
    }

    public Uni<RestResponse<Observation>> record(String code, ObservationDraft draft) {
        return rest.record(code, draft).map(RemittanceClient::rebuild);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Observation> observation(String code, long id, String asOf) {
        return rest.observation(code, id, asOf);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<ObservationRevision>> history(String code, long id) {
        return rest.history(code, id);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<Observation>> counterparts(String code, String country, String period, String sex, String asOf,
            int limit) {
        return rest.counterparts(code, country, period, sex, asOf, limit);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<IndicatorDerivedPoint>> ratio(String code, String denominator, ObservationQuery q) {
        return rest.ratio(code, denominator, q.country(), q.counterpart(), q.from(), q.to(), q.asOf());
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<IndicatorDerivedPoint>> growth(String code, ObservationQuery q) {
        return rest.growth(code, q.country(), q.counterpart(), q.from(), q.to(), q.asOf());
    }

    @Timeout(value = 15, unit = ChronoUnit.MINUTES)
    @Bulkhead(value = 4)
    public Uni<ImportReport> importFile(String contentType, InputStream body, String format, String fileName,
            String source, String release, String indicator, boolean createIndicators) {
        return rest.importFile(contentType, body, format, fileName, source, release, indicator, createIndicators);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Verdict> check(ClaimCheck claim) {
        return rest.check(claim);
    }

    public Uni<RestResponse<Claim>> storeClaim(ClaimDraft draft) {
        return rest.storeClaim(draft).map(RemittanceClient::rebuild);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Page<Claim>> claims(String document, PageRequest page) {
        return rest.claims(document, page.page, page.size);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<Claim> claim(long id) {
        return rest.claim(id);
    }
}
