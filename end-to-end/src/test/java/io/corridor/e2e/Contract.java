package io.corridor.e2e;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * The contract test: every call the suite makes to the gateway's public API is validated against the
 * OpenAPI document the gateway serves, so the document cannot drift from behaviour. Responses are
 * always checked; requests only when the gateway accepted them (tests send invalid requests on purpose)
 * and are not multipart.
 */
public final class Contract implements Filter {

    private static volatile OpenApiInteractionValidator validator;
    /** "METHOD /path" of each call checked, for the suite's own accounting. */
    public static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        Response answer = ctx.next(request, response);
        if (!request.getURI().startsWith(Stack.GATEWAY + "/api/")) {
            return answer;
        }
        Request modelRequest = RestAssuredRequest.of(request);
        com.atlassian.oai.validator.model.Response modelResponse = RestAssuredResponse.of(answer);
        // The validator cannot read REST Assured's multipart bodies: for uploads only the response is checked.
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        ValidationReport report = answer.statusCode() >= 400 || multipart
                ? validator().validateResponse(modelRequest.getPath(), modelRequest.getMethod(), modelResponse)
                : validator().validate(modelRequest, modelResponse);
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // Security is the subject of its own tests, which call without a token on purpose.
                .filter(m -> !m.getKey().startsWith("validation.request.security"))
                .toList();
        CHECKED.add(request.getMethod() + " " + modelRequest.getPath());
        if (!errors.isEmpty()) {
            StringBuilder detail = new StringBuilder("OpenAPI contract violated by ").append(request.getMethod())
                    .append(' ').append(request.getURI()).append(" -> ").append(answer.statusCode()).append(':');
            errors.forEach(m -> detail.append("\n  [").append(m.getKey()).append("] ").append(m.getMessage()));
            detail.append("\n  body: ").append(abbreviate(answer.asString()));
            throw new AssertionError(detail.toString());
        }
        return answer;
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (Contract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForSpecificationUrl(Stack.GATEWAY + "/q/openapi?format=json")
                            .build();
                }
            }
        }
        return validator;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
