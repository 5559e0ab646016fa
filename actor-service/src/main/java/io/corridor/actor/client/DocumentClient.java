package io.corridor.actor.client;

import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Unavailable;
import io.smallrye.mutiny.Uni;

/**
 * The actor-service's only way to the document-service. Everything here reads, so it retries; a
 * document the caller may not see (403/404 there) is a 404 problem here and does not count
 * against the circuit; whatever else fails (refused, timed out, 5xx, circuit open) is turned into
 * a 503 problem by {@link #unavailable} once retries are spent.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = ProblemException.class)
@Bulkhead(value = 16)
public class DocumentClient {

    /** The largest page the document-service lists. */
    public static final int PAGE_SIZE = 100;
    /** The largest page of its annotation container. */
    public static final int ANNOTATION_PAGES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DOCUMENT_IRI = Pattern.compile(".*/api/v1/documents/(\\d+)$");

    private final DocumentRestClient rest;
    private final AnnotationRestClient annotations;

    public DocumentClient(@RestClient DocumentRestClient rest, @RestClient AnnotationRestClient annotations) {
        this.rest = rest;
        this.annotations = annotations;
    }

    /**
     * One page of the accepted identifying annotations that link a passage to this actor and that
     * the caller may see, with the number of such annotations in all.
     */
    public Uni<IdentificationPage> identifications(long actorId, int page) {
        return annotations.page(actorId, "identifying", "accepted", page, ANNOTATION_PAGES)
                .map(DocumentClient::identifications)
                .onFailure().transform(e -> translate(e, "the annotation container"));
    }

    /** The items of an AnnotationPage whose target is a passage of a document. */
    static IdentificationPage identifications(String json) {
        try {
            JsonNode page = JSON.readTree(json);
            List<Identification> found = new ArrayList<>();
            for (JsonNode item : page.path("items")) {
                JsonNode target = item.path("target");
                Matcher m = DOCUMENT_IRI.matcher(target.path("source").asText(""));
                if (!m.matches()) {
                    continue; // a reply targets another annotation, not a passage
                }
                Integer start = null;
                Integer end = null;
                String exact = null;
                for (JsonNode selector : target.path("selector")) {
                    if ("TextPositionSelector".equals(selector.path("type").asText())) {
                        start = selector.path("start").asInt();
                        end = selector.path("end").asInt();
                    } else if ("TextQuoteSelector".equals(selector.path("type").asText())) {
                        exact = selector.path("exact").asText(null);
                    }
                }
                found.add(new Identification(Long.parseLong(m.group(1)), target.path("version").asInt(1), start, end, exact));
            }
            return new IdentificationPage(found, page.path("partOf").path("total").asLong(found.size()));
        } catch (java.io.IOException e) {
            throw new ProblemException(502, "bad-gateway", "Bad Gateway", "the annotation container answered unreadable JSON",
                    List.of());
        }
    }

    /** One page of the documents the caller may see, newest first. */
    public Uni<DocumentPage> list(int page) {
        return rest.list(page, PAGE_SIZE).onFailure().transform(e -> translate(e, "the document listing"));
    }

    /** The text of a document's latest version. */
    public Uni<String> text(long id) {
        return rest.text(id).map(DocumentClient::nfc).onFailure().transform(e -> translate(e, "document " + id));
    }

    /** The text of one version of a document (it never changes). */
    public Uni<String> text(long id, int version) {
        return rest.text(id, version).map(DocumentClient::nfc)
                .onFailure().transform(e -> translate(e, "document " + id + " version " + version));
    }

    // the document-service serves NFC already; normalising again costs little and keeps offsets aligned
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Throwable translate(Throwable e, String what) {
        if (e instanceof ProblemException) {
            return e;
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 404 || status == 403) {
                return ProblemException.notFound("no " + what);
            }
            if (status == 401) {
                return new ProblemException(401, "unauthenticated", "Unauthorized",
                        "the document-service refused the token", List.of());
            }
            if (status < 500) {
                return new ProblemException(502, "bad-gateway", "Bad Gateway",
                        "the document-service answered " + status + " for " + what, List.of());
            }
        }
        // 5xx, refused connections and timeouts: worth a retry; callers answer 503 (see unavailable)
        return e;
    }

    /** A failure of the document-service itself, after retries, as the platform's one 503 problem (with Retry-After). */
    public static Throwable unavailable(Throwable e) {
        return e instanceof ProblemException ? e : Unavailable.because("the document-service could not be reached");
    }
}
