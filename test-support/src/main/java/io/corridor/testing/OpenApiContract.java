package io.corridor.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The contract check of an application's own tests: every response a test receives from the application
 * under test on {@code /api/...} is validated against the OpenAPI document that application serves at
 * {@value #DOCUMENT}, and so is the request when the application accepted it (tests send invalid requests on
 * purpose) and it is not multipart (the validator cannot read REST Assured's multipart bodies). A drift
 * between behaviour and document fails the test that saw it, in the module that caused it.
 * <p>
 * {@link OpenApiContractActivation} puts it on every {@code @QuarkusTest}; the end-to-end suite puts
 * {@link #of(String)} on every call to the gateway of the real stack.
 */
public final class OpenApiContract implements Filter {

    public static final String DOCUMENT = "/q/openapi?format=json";

    /**
     * The validator logs, at INFO on every call, that it cannot check an openIdConnect scheme (security is the subject
     * of tests of its own): kept here, strongly referenced, so that the level set once holds.
     */
    private static final Logger SECURITY_VALIDATOR = quiet(
            "com.atlassian.oai.validator.interaction.request.SecurityValidator");
    /** Likewise for bodies it does not read (text, CSV, event streams): said at INFO on every such response. */
    private static final Logger RESPONSE_VALIDATOR = quiet(
            "com.atlassian.oai.validator.interaction.response.ResponseValidator");

    /** One validator per application (scheme, host and port), read once from what it serves. */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    /** The origin checked, or null for the application of the {@code @QuarkusTest} running. */
    private final String checked;

    public OpenApiContract() {
        this(null);
    }

    private OpenApiContract(String checked) {
        this.checked = checked;
    }

    /** The check of one application, wherever it runs (the end-to-end suite's gateway). */
    public static OpenApiContract of(String baseUri) {
        return new OpenApiContract(origin(URI.create(baseUri)));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        Response answer = ctx.next(request, response);
        URI uri = URI.create(request.getURI());
        String application = origin(uri);
        // HEAD is GET without the body (RFC 9110), which documents do not list as operations of their own; a CORS
        // preflight (OPTIONS with Access-Control-Request-Method) is the browser asking the server, not an operation.
        if (!application.equals(checked != null ? checked : applicationUnderTest()) || uri.getRawPath() == null
                || !uri.getRawPath().startsWith("/api/") || "HEAD".equalsIgnoreCase(request.getMethod())
                || "OPTIONS".equalsIgnoreCase(request.getMethod())
                        && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method")) {
            return answer;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(application, OpenApiContract::load);
        Request modelRequest = RestAssuredRequest.of(request);
        com.atlassian.oai.validator.model.Response modelResponse = RestAssuredResponse.of(answer);
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        ValidationReport report = answer.statusCode() >= 400 || multipart
                ? validator.validateResponse(modelRequest.getPath(), modelRequest.getMethod(), modelResponse)
                : validator.validate(modelRequest, modelResponse);
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // Security is the subject of its own tests, which call without credentials on purpose.
                .filter(m -> !m.getKey().startsWith("validation.request.security"))
                .toList();
        if (!errors.isEmpty()) {
            StringBuilder detail = new StringBuilder("OpenAPI contract violated by ").append(request.getMethod())
                    .append(' ').append(request.getURI()).append(" -> ").append(answer.statusCode()).append(':');
            errors.forEach(m -> detail.append("\n  [").append(m.getKey()).append("] ").append(m.getMessage()));
            detail.append("\n  body: ").append(abbreviate(answer.asString()));
            throw new AssertionError(detail.toString());
        }
        return answer;
    }

    /** Where a {@code @QuarkusTest} reaches its application: REST Assured's base URI and port, set by Quarkus. */
    private static String applicationUnderTest() {
        URI base = URI.create(RestAssured.baseURI);
        return origin(URI.create(base.getScheme() + "://" + base.getHost() + ":" + RestAssured.port));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    private static OpenApiInteractionValidator load(String application) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(application + DOCUMENT)).GET().build();
        // HTTP/1.1: the JDK client's h2c upgrade against Quarkus has failed with a protocol error ("Frame type(32)
        // length(2105376) exceeds MAX_FRAME_SIZE") on a busy machine, and the document needs no HTTP/2.
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> document = client.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (document.statusCode() != 200) {
                throw new IllegalStateException(application + DOCUMENT + " answered " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + application + DOCUMENT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + application + DOCUMENT, e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
