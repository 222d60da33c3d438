package io.crosscheck.serviceauth.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Makes every REST Assured request of an internal service's tests carry the service token, as the gateway's and
 * the article-service's calls do, so that a test of what a write does need not repeat it. A request that sets an
 * Authorization header of its own keeps it; {@link #withoutServiceToken()} sends none. Installed before each
 * {@code @QuarkusTest} (through META-INF/services) and by {@link ServiceTokenTestResource} for the {@code *IT}
 * tests, which run without those callbacks. A filter rather than a default request specification: a
 * specification would also fix the port before Quarkus has chosen it.
 */
public class ServiceTokenForRestAssured implements QuarkusTestBeforeEachCallback, Filter {

    /** Marks a request to go out without the token; removed before it is sent. */
    private static final String NO_TOKEN = "X-Test-Without-Service-Token";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static void install() {
        if (RestAssured.filters().stream().noneMatch(ServiceTokenForRestAssured.class::isInstance)) {
            RestAssured.filters(new ServiceTokenForRestAssured());
        }
    }

    /** A request that, like a caller who bypasses the gateway, carries no service token. */
    public static RequestSpecification withoutServiceToken() {
        return given().header(NO_TOKEN, "true");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(NO_TOKEN)) {
            request.removeHeader(NO_TOKEN);
        } else if (!request.getHeaders().hasHeaderWithName(HttpHeaders.AUTHORIZATION)) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + ServiceTokenTestResource.TOKEN);
        }
        return context.next(request, response);
    }
}
