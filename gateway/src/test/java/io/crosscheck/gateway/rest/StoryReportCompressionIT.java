package io.crosscheck.gateway.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The story report compression tests against the packaged gateway (run with -Dit or -Dnative). */
@QuarkusIntegrationTest
class StoryReportCompressionIT extends StoryReportCompressionTest {
}
