package io.crosscheck.article.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP-only tests against the packaged artifact (jar with -Dit, native binary with -Dnative). */
@QuarkusIntegrationTest
class ArticleValidationIT extends ArticleValidationTest {
}
