package io.crosscheck.e2e.bench;

import io.crosscheck.e2e.ServiceProcess;
import io.crosscheck.testing.postgres.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole product as {@code ./run} starts it, but on free ports and a temporary database: an embedded
 * PostgreSQL (databases articles and claims) and the three packaged services as JVM processes, each told where
 * its neighbours are. Extra JVM options per service (a flight recording, say) come from
 * {@code -Dbench.claim.jvmOptions="..."} or the environment variable BENCH_CLAIM_JVM_OPTS, and likewise
 * bench.article.jvmOptions / BENCH_ARTICLE_JVM_OPTS and bench.gateway.jvmOptions / BENCH_GATEWAY_JVM_OPTS.
 */
final class CrosscheckStack implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ServiceProcess claimService;
    private final ServiceProcess articleService;
    private final ServiceProcess gateway;

    private CrosscheckStack(Path root) {
        long start = System.nanoTime();
        postgres = EmbeddedPostgres.startTemporary(EmbeddedPostgres.Durability.DURABLE, "articles", "claims");
        int[] ports = ServiceProcess.freePorts(3);
        int claimPort = ports[0];
        int articlePort = ports[1];
        int gatewayPort = ports[2];
        Map<String, String> neighbours = Map.of(
                "QUARKUS_REST_CLIENT_CLAIM_SERVICE_URL", "http://127.0.0.1:" + claimPort,
                "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + articlePort);
        claimService = new ServiceProcess(root, "claim-service", claimPort, merge(neighbours, database("claims")),
                jvmOptions("claim"));
        articleService = new ServiceProcess(root, "article-service", articlePort, merge(neighbours, database("articles")),
                jvmOptions("article"));
        // The benchmarks measure the service, not the per-client budget, which thousands of requests from one
        // address would exhaust in a second.
        gateway = new ServiceProcess(root, "gateway", gatewayPort,
                merge(neighbours, Map.of("CROSSCHECK_GATEWAY_RATE_LIMIT_ENABLED", "false")), jvmOptions("gateway"));
        try {
            claimService.start();
            articleService.start();
            gateway.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        Bench.log("started PostgreSQL, claim-service (:%d, pid %d), article-service (:%d), gateway (:%d) in %.1f s",
                claimPort, claimService.pid(), articlePort, gatewayPort, (System.nanoTime() - start) / 1e9);
    }

    static CrosscheckStack start(Path root) {
        return new CrosscheckStack(root);
    }

    String gatewayUrl() {
        return gateway.baseUrl();
    }

    ServiceProcess claimService() {
        return claimService;
    }

    @Override
    public void close() {
        for (ServiceProcess service : new ServiceProcess[] {gateway, articleService, claimService}) {
            if (service != null) {
                service.stop();
            }
        }
        postgres.close();
    }

    private static List<String> jvmOptions(String service) {
        String options = System.getProperty("bench." + service + ".jvmOptions",
                System.getenv().getOrDefault("BENCH_" + service.toUpperCase(java.util.Locale.ROOT) + "_JVM_OPTS", ""));
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, String> database(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "");
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
