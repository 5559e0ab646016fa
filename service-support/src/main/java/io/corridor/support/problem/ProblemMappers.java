package io.corridor.support.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}.
 * Client mistakes get a 4xx naming the field at fault; anything unexpected is logged with an id
 * and answered as a 500 that carries the id but never the stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BEARER_CHALLENGE = "Bearer realm=\"corridor\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(fieldOf(v), null, safeValue(v.getInvalidValue()), v.getMessage()));
        }
        violations.sort((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())));
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(new Problem(Problems.type("validation"), "Invalid request", 400, detail, null, violations), uri);
    }

    /**
     * Quarkus REST rethrows Jackson's MismatchedInputException bare (its other errors come wrapped in a
     * WebApplicationException) and maps it itself: in production a 400 without a body, in dev and test a
     * body of its own. This mapper of the exact type wins over that built-in one, whatever the shape of
     * the body (e.g. an array nested thousands deep where a string was expected).
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        String message = e instanceof JsonParseException ? "is not well-formed JSON" : "has the wrong type or shape";
        if (e instanceof StreamConstraintsException limit) {
            // Jackson's reading limits (nesting depth 1000, lengths of numbers, strings, names): say which, not how.
            String what = String.valueOf(limit.getOriginalMessage());
            message = what.contains("nesting depth") ? "is nested too deeply (at most "
                    + com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth() + " levels of arrays and objects)"
                    : "exceeds a length limit of this server's JSON reader";
        }
        if (e.getCause() instanceof IllegalArgumentException reason && reason.getMessage() != null) {
            // our value types explain themselves ("must be one of ...")
            message = reason.getMessage();
        }
        return respond(new Problem(Problems.type("malformed-body"), "Malformed request body", 400,
                field + " " + message, null, List.of(Violation.field(field, message))), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge("a valid bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge("the bearer token is missing, invalid or expired", uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return challenge("authentication could not be completed", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problems.type("forbidden"), "Forbidden", 403,
                "your roles do not allow this operation", null, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps Jackson's errors: unwrap them to name the field at fault.
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpectedFailure(e, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter does not convert ("size=abc", "/actors/abc"):
            // it is the client's value that is wrong, not the address.
            return unconvertible(e.getCause(), uri);
        }
        if (status == 415 || status == 406) {
            return respond(MediaTypes.refused(status, headers), uri);
        }
        String message = e.getMessage();
        // JAX-RS fills messages like "HTTP 404 Not Found": they add nothing to the title.
        String detail = message == null || message.startsWith("HTTP ") ? null : message;
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).entity(null);
        Problem problem = Problems.of(status, detail).withInstance(uri.getPath());
        return builder.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return unexpectedFailure(e, uri);
    }

    /** Logged with an id that the answer carries, never with the trace. */
    static Response unexpectedFailure(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return respond(new Problem(Problems.type("server-error"), "Internal Server Error", 500,
                "an unexpected error occurred; quote " + id + " when reporting it", null, List.of()), uri);
    }

    /** The parameter whose value the converter refused, found by its value in the converter's message. */
    private static Response unconvertible(Throwable cause, UriInfo uri) {
        String message = String.valueOf(cause.getMessage());
        String field = null;
        String value = null;
        List<Map.Entry<String, List<String>>> parameters = new ArrayList<>(uri.getPathParameters(true).entrySet());
        parameters.addAll(uri.getQueryParameters(true).entrySet());
        for (Map.Entry<String, List<String>> parameter : parameters) {
            for (String sent : parameter.getValue()) {
                boolean named = message.contains("\"" + sent + "\"") || message.endsWith(": " + sent) || message.equals(sent);
                if (named && (value == null || sent.length() > value.length())) {
                    field = parameter.getKey();
                    value = sent;
                }
            }
        }
        String rule = "has a value of the wrong type (see the operation's parameters in the OpenAPI document)";
        if (field == null) {
            return respond(new Problem(Problems.type("validation"), "Invalid request", 400, "a parameter " + rule, null,
                    List.of()), uri);
        }
        return respond(new Problem(Problems.type("validation"), "Invalid request", 400, field + " " + rule, null,
                List.of(Violation.field(field, safeValue(value), rule))), uri);
    }

    private static Response challenge(String detail, UriInfo uri) {
        Problem problem = new Problem(Problems.type("unauthenticated"), "Unauthorized", 401, detail, uri.getPath(),
                List.of());
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).type(Problem.MEDIA_TYPE)
                .entity(problem).build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Problems.response(problem.withInstance(uri.getPath()));
    }

    /**
     * The name a client sent: a plain parameter keeps its name; for a bean or body parameter the
     * parameter itself is dropped and its properties are joined ("list.page.size" becomes "size").
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        Path path = violation.getPropertyPath();
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = RequestParameters.isBody(violation.getRootBeanClass(), path,
                        node.as(Path.ParameterNode.class)) ? "body" : node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> {
                    // method and return-value nodes say nothing to a client
                }
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return parameter == null ? path.toString() : parameter;
    }

    private static String safeValue(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
