package io.crosscheck.gateway.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The article API tests against the packaged gateway (run with -Dit or -Dnative), neighbours stubbed. */
@QuarkusIntegrationTest
class GatewayIT extends ArticleApiTest {
}
