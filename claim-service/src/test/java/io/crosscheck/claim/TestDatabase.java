package io.crosscheck.claim;

import io.crosscheck.testing.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** One real PostgreSQL (the machine's binaries, temp folder, free port) for every test of this module. */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
