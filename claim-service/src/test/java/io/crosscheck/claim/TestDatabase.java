package io.crosscheck.claim;

import io.crosscheck.serviceauth.testing.ServiceTokenTestResource;
import io.crosscheck.testing.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * One real PostgreSQL (the machine's binaries, temp folder, free port) for every test of this module, and the
 * service token its writes need.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ServiceTokenTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
