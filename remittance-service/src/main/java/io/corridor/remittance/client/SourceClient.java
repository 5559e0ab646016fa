package io.corridor.remittance.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Retrieves one answer of a publisher's API into a file: only URLs of the allow-list, redirects followed by hand and
 * only to the allow-list (the JDK client follows none itself), the whole answer within the configured time (a source
 * that trickles is cut off) and within a size budget (the download stops at the first byte over it).
 */
@ApplicationScoped
public class SourceClient {

    private static final Logger LOG = Logger.getLogger(SourceClient.class);
    private static final int MAX_REDIRECTS = 5;

    /** One answer: its status, media type, the URL that gave it (after redirects), its size and when it ended. */
    public record Answer(int status, String contentType, URI url, long bytes, OffsetDateTime retrievedAt) {
    }

    private final AllowedSources sources;
    private final FetchConfig config;
    private final HttpClient http;

    public SourceClient(AllowedSources sources, FetchConfig config) {
        this.sources = sources;
        this.config = config;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * GETs {@code uri} (already checked against the allow-list) into {@code file}, at most {@code budget} bytes.
     * A source that cannot be reached answers 502, one too slow 504; a redirect off the list or an answer over the
     * budget 422 naming url. Any other status is the caller's to judge.
     */
    public Answer get(URI uri, String accept, Path file, long budget) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Hop exchange = once(current, accept, file, budget);
            if (exchange.location() == null) {
                return exchange.answer();
            }
            String location = exchange.location();
            current = sources.check(current.resolve(location).toString(), "url", "url's redirect to " + shorten(location));
        }
        throw unprocessable("url redirects more than " + MAX_REDIRECTS + " times");
    }

    /** One exchange: the answer, and where a redirect points (null when it is none). */
    private record Hop(Answer answer, String location) {
    }

    private Hop once(URI uri, String accept, Path file, long budget) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout()).header("Accept", accept)
                .header("User-Agent", "Corridor remittance-service").GET().build();
        LimitedFile body = new LimitedFile(file, budget);
        CompletableFuture<HttpResponse<Long>> sent = http.sendAsync(request, info -> body);
        try {
            HttpResponse<Long> response = sent.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            boolean redirect = response.statusCode() / 100 == 3 && response.statusCode() != 304;
            String location = redirect ? response.headers().firstValue("Location").orElse(null) : null;
            if (redirect && location == null) {
                throw unavailable(502, "source-unreachable", "Bad Gateway", "the source answered " + response.statusCode()
                        + " without a Location to follow");
            }
            return new Hop(new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), uri,
                    response.body(), OffsetDateTime.now(ZoneOffset.UTC)), location);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw timedOut();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw unprocessable("url answers more than " + config.maxBytes() + " bytes (corridor.fetch.max-bytes): narrow "
                        + "the query");
            }
            if (cause instanceof HttpTimeoutException) {
                throw timedOut();
            }
            LOG.warnf("fetch of %s failed: %s", uri, cause);
            throw unavailable(502, "source-unreachable", "Bad Gateway", "the source could not be reached: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + shorten(cause.getMessage())));
        }
    }

    private ProblemException timedOut() {
        return unavailable(504, "source-timeout", "Gateway Timeout", "the source did not answer in full within "
                + config.timeout().toSeconds() + " s (corridor.fetch.timeout)");
    }

    private static ProblemException unavailable(int status, String slug, String title, String detail) {
        return new ProblemException(status, slug, title, detail, List.of(Violation.field("url", detail)));
    }

    private static ProblemException unprocessable(String message) {
        return ProblemException.unprocessable(message, List.of(Violation.field("url", message)));
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** An answer that went over the size budget. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the size budget", null);
        }
    }

    /** Writes the body to a file as it arrives, and fails (cancelling the download) at the first byte over the budget. */
    private static final class LimitedFile implements HttpResponse.BodySubscriber<Long> {

        private final Path file;
        private final long budget;
        private final CompletableFuture<Long> done = new CompletableFuture<>();
        private FileChannel channel;
        private Flow.Subscription subscription;
        private long written;

        LimitedFile(Path file, long budget) {
            this.file = file;
            this.budget = budget;
        }

        @Override
        public CompletionStage<Long> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                s.request(1);
            } catch (IOException e) {
                fail(e);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                for (ByteBuffer b : buffers) {
                    written += b.remaining();
                    if (written > budget) {
                        fail(new TooLarge());
                        return;
                    }
                    while (b.hasRemaining()) {
                        channel.write(b);
                    }
                }
                subscription.request(1);
            } catch (IOException e) {
                fail(e);
            }
        }

        @Override
        public void onError(Throwable t) {
            close();
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            close();
            done.complete(written);
        }

        private void fail(IOException e) {
            subscription.cancel();
            close();
            done.completeExceptionally(e);
        }

        private void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                LOG.debugf("closing %s: %s", file, e.getMessage());
            }
        }
    }
}
