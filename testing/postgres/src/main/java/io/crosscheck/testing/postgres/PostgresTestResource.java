package io.crosscheck.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts one throw-away PostgreSQL server per test run and points the Quarkus datasource at it.
 * Tests use it with {@code @QuarkusTestResource(PostgresTestResource.class)}; the same resource serves
 * {@code @QuarkusIntegrationTest}s against the packaged or native artifact.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "crosscheck";
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgres.startTemporary(DATABASE);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
