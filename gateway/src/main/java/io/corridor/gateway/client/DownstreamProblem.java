package io.corridor.gateway.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Problems;

/**
 * A service's error answer becomes the gateway's: the problem document it sent is passed on as
 * it is, so a client sees the same field names whichever side found the fault.
 */
class DownstreamProblem implements ResponseExceptionMapper<ProblemException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ProblemException toThrowable(Response response) {
        int status = response.getStatus();
        try {
            response.bufferEntity();
            byte[] body = response.readEntity(byte[].class);
            MediaType type = response.getMediaType();
            if (body != null && body.length > 0 && type != null && type.getSubtype().endsWith("json")) {
                Problem problem = JSON.readValue(new ByteArrayInputStream(body), Problem.class);
                if (problem.status() == status) {
                    return new ProblemException(problem);
                }
            }
            return new ProblemException(Problems.of(status, new String(body == null ? new byte[0] : body,
                    StandardCharsets.UTF_8).isBlank() ? null : "the service answered " + status));
        } catch (Exception unreadable) {
            return new ProblemException(new Problem(Problems.type("bad-gateway"), "Bad Gateway", 502,
                    "a service answered " + status + " with an unreadable body", null, List.of()));
        }
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
