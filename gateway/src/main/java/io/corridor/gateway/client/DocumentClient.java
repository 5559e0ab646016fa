package io.corridor.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.gateway.api.Document;
import io.corridor.gateway.api.DocumentPage;
import io.corridor.gateway.api.DocumentVersion;
import io.corridor.gateway.api.SearchPage;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's only way to the document-service. Reads are idempotent, so they retry; writes do
 * not (an upload is idempotent by its SHA-256 anyway). Uploads get more time: the service
 * extracts text from files up to 50 MiB. A service's own answer (a problem) is never retried and
 * never opens the circuit.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 64)
public class DocumentClient {

    /** The filters of the listing and the search, passed on as sent: the service validates them. */
    public record Filter(String kind, String language, String from, String to, String tag) {
    }

    /** Asks the annotation container to embed its first page with the annotations themselves (W3C protocol, 4.2). */
    static final String CONTAINED_DESCRIPTIONS = "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedDescriptions\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRestClient rest;

    public DocumentClient(@RestClient DocumentRestClient rest) {
        this.rest = rest;
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<SearchPage> search(String q, Filter f, PageRequest page) {
        return rest.search(q, page.page, page.size, f.kind(), f.language(), f.from(), f.to(), f.tag());
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<RestResponse<Document>> get(long id) {
        return rest.get(id);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<DocumentPage>> pages(long id) {
        return rest.pages(id);
    }

    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<List<DocumentVersion>> versions(long id) {
        return rest.versions(id);
    }

    /**
     * The visible annotations of a document or citing an actor: the container with its first page of
     * up to {@code size} annotations embedded. Used by the composite views.
     */
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    public Uni<ObjectNode> annotations(Long document, Long actor, int size) {
        return rest.annotations(document, actor, size, CONTAINED_DESCRIPTIONS).map(DocumentClient::container);
    }

    private static ObjectNode container(String body) {
        try {
            if (JSON.readTree(body) instanceof ObjectNode container) {
                return container;
            }
        } catch (JsonProcessingException e) {
            // reported below, as for any other answer that is not a container
        }
        // The service's fault, not the caller's: neither retried nor counted by the circuit breaker.
        throw new ProblemException(502, "bad-gateway", "Bad Gateway", "the annotation container's answer is not a JSON object",
                List.of());
    }

}
