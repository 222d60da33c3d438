package io.crosscheck.claim.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP-only tests against the packaged artifact (jar with -Dit, native binary with -Dnative). */
@QuarkusIntegrationTest
class CompareResourceIT extends CompareResourceTest {
}
