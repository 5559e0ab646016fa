package io.corridor.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.response.Response;

/**
 * What the services' hostile-input suites share: JSON bodies written member by member (so that a member can hold a
 * value of the wrong type, verbatim), and the one verdict on the answer to a hostile request.
 */
public final class HostileBodies {

    private HostileBodies() {
    }

    /** A JSON value written as is (an array, a number where a string belongs, a malformed literal). */
    public record Raw(String json) {
    }

    /** Members in the order given: name, value, name, value… */
    public static Map<String, Object> members(Object... namesAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return members;
    }

    /** The JSON object of {@code members}: strings quoted, numbers and {@link Raw} values as they are. */
    public static String object(Map<String, Object> members) {
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<String, Object> m : members.entrySet()) {
            if (s.length() > 1) {
                s.append(',');
            }
            Object v = m.getValue();
            s.append(quoted(m.getKey())).append(':')
                    .append(v instanceof Raw raw ? raw.json() : v instanceof Number ? v.toString() : quoted((String) v));
        }
        return s.append('}').toString();
    }

    /** A client's mistake answers 4xx with a problem document, never a 5xx and never a stack trace. */
    public static void assertClientProblem(Object call, Response answer) {
        int status = answer.statusCode();
        String shown = answer.asString().length() > 500 ? answer.asString().substring(0, 500) : answer.asString();
        assertTrue(status >= 400 && status < 500, call + " answered " + status + ": " + shown);
        assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"),
                call + " answered " + answer.contentType() + ": " + shown);
        assertTrue(!shown.contains("\tat ") && !shown.contains("Exception"), call + " showed a trace: " + shown);
    }

    /** {@code text} as a JSON string. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
