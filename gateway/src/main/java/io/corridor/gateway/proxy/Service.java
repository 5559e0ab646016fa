package io.corridor.gateway.proxy;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.Routes;
import io.corridor.support.problem.ProblemException;
import io.netty.util.concurrent.MultithreadEventExecutorGroup;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One service behind the edge, as the proxy reaches it: its connection pools, and the guard every call to it goes
 * through (a timeout on the response head, a bulkhead, a circuit breaker). A call the guard stops, or that cannot reach
 * the service, is answered 503 with Retry-After: the client's request was fine and may be tried again.
 */
public final class Service implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Service.class);

    final String name;
    final String host;
    final int port;
    final OriginRequestProvider origin;
    // A pool per event loop (other threads share one): a connection answers on the loop that opened it, and a call
    // relayed on another loop's connection crossed threads four times (head, body, end, release), each a wake-up.
    // The pools share the route's bulkhead: together they hold no more connections than calls may be in flight.
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final HttpClientOptions options;
    private final Vertx vertx;
    private final int bulkhead;
    private final int pools;
    private final HttpClient shared;
    private final Guard guard;
    private final Answers answers;

    Service(String name, Routes.Route route, Vertx vertx, Answers answers) {
        this.name = name;
        this.answers = answers;
        this.host = route.url().getHost();
        this.port = route.url().getPort() > 0 ? route.url().getPort() : 80;
        long timeout = route.timeout().toMillis();
        this.vertx = vertx;
        this.options = new HttpClientOptions().setConnectTimeout(2000).setKeepAlive(true).setName("corridor-" + name);
        this.bulkhead = route.bulkhead();
        int loops = vertx.nettyEventLoopGroup() instanceof MultithreadEventExecutorGroup group ? group.executorCount() : 1;
        this.pools = loops + 1;
        this.shared = pool();
        // A stream idle for longer than the head's own timeout is dead (event streams send a comment every 20 s).
        int idle = (int) Math.max(60, route.timeout().toSeconds());
        this.origin = context -> context.client().request(new RequestOptions().setHost(host).setPort(port)
                .setIdleTimeout(idle * 1000L));
        this.guard = Guard.create().withDescription("route to " + name).withThreadOffload(false)
                .withTimeout().duration(timeout, ChronoUnit.MILLIS).done()
                .withBulkhead().limit(route.bulkhead()).queueSize(route.bulkhead()).done()
                .withCircuitBreaker().requestVolumeThreshold(route.circuitVolume()).failureRatio(route.circuitRatio())
                .delay(route.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                // A service's own answer (a problem) is not a failure of the route.
                .skipOn(ProblemException.class).done()
                .build();
    }

    /** The pool of the calling event loop (one shared by other threads). */
    HttpClient client() {
        return Context.isOnEventLoopThread() ? clients.computeIfAbsent(Thread.currentThread(), t -> pool()) : shared;
    }

    /** The next of the route's pools, with its share of the bulkhead. */
    private HttpClient pool() {
        int size = share(bulkhead, pools, opened.getAndIncrement());
        return vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(size));
    }

    /** The connections of the {@code index}-th of {@code pools} pools: the bulkhead split evenly, at least one each. */
    static int share(int bulkhead, int pools, int index) {
        return Math.max(1, bulkhead / pools + (index < bulkhead % pools ? 1 : 0));
    }

    /** A call to this service under its guard: timeout on the answer's head, bulkhead, circuit breaker. */
    @SuppressWarnings("unchecked")
    public <T> Future<T> guarded(Supplier<Future<T>> call) {
        return Future.fromCompletionStage(guard.get(() -> call.get().toCompletionStage(), CompletionStage.class));
    }

    /** Sends a request of the gateway's own (a composite's read) to the service. */
    public Future<HttpClientRequest> request(RequestOptions options) {
        return client().request(options.setHost(host).setPort(port));
    }

    /** The last interceptor: the call itself, guarded. */
    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        String path = context.request().proxiedRequest().path();
        return this.<ProxyResponse> guarded(context::sendRequest)
                .recover(failure -> Future.succeededFuture(unavailable(context, path, failure)));
    }

    /** Why a guarded call to {@code who} failed, in the words of a 503 problem. */
    public static String unavailability(String who, Throwable failure) {
        return who + switch (failure) {
            case TimeoutException timeout -> " did not answer in time";
            case CircuitBreakerOpenException open -> " is failing; calls to it are paused";
            case BulkheadException full -> " is saturated";
            default -> " cannot be reached";
        };
    }

    private ProxyResponse unavailable(ProxyContext context, String path, Throwable failure) {
        String detail = unavailability("a service behind the gateway", failure);
        LOG.warnf("%s for %s (%s): %s", detail, path, name, failure.toString());
        return IdempotentPost.answer(context, answers.unavailable(detail, path)).result();
    }
}
