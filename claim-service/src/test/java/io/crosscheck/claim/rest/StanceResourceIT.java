package io.crosscheck.claim.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP-only tests against the packaged artifact (jar with -Dit, native binary with -Dnative). */
@QuarkusIntegrationTest
class StanceResourceIT extends StanceResourceTest {
}
