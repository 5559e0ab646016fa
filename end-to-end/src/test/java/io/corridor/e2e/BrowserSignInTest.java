package io.corridor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browsers sign in with the authorization code flow and PKCE on corridor-web. */
@ExtendWith(Stack.class)
class BrowserSignInTest {

    @Test
    void loginRedirectsToKeycloakWithPkce() {
        given().redirects().follow(false).when().get(Stack.GATEWAY + "/login")
                .then().statusCode(302)
                .header("Location", startsWith(Stack.ISSUER + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=corridor-web"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void landingPageIsPublic() {
        given().when().get(Stack.GATEWAY + "/").then().statusCode(200).body(containsString("/login"));
    }
}
