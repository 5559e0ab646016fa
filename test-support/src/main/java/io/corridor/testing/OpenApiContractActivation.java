package io.corridor.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContract} on REST Assured before each {@code @QuarkusTest} method, so that every test of
 * every module with test-support on its class path is checked without opting in (registered in
 * META-INF/services). Quarkus runs this callback in the test's class loader, the one whose REST Assured
 * statics the test uses; adding it before each test also survives a test's {@code RestAssured.reset()}.
 * <p>
 * {@value #ENABLED}{@code =false} in an application's test configuration leaves it off.
 */
public class OpenApiContractActivation implements QuarkusTestBeforeEachCallback {

    public static final String ENABLED = "corridor.test.openapi-contract.enabled";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(true);
        // By name: a test profile restarts the application in a new class loader, whose OpenApiContract is
        // another class; the one already on REST Assured's static list does the same work.
        if (enabled && RestAssured.filters().stream()
                .noneMatch(f -> f.getClass().getName().equals(OpenApiContract.class.getName()))) {
            RestAssured.filters(new OpenApiContract());
        }
    }
}
