package io.crosscheck.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service (its fast-jar) run as a real process on its own port, stoppable and restartable, with
 * the run's {@link StackCredentials}.
 */
public final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;

    public ServiceProcess(Path root, String name, int port, Map<String, String> environment) {
        this(root, name, port, environment, List.of());
    }

    /** With extra JVM options (a benchmark's flight recording, say), placed before {@code -jar}. */
    public ServiceProcess(Path root, String name, int port, Map<String, String> environment, List<String> jvmOptions) {
        this(root, name, name, port, environment, jvmOptions);
    }

    /** Replica {@code n} of a service, logging to a file of its own ({@code claim-service-2.log}). */
    public static ServiceProcess replica(Path root, String name, int n, int port, Map<String, String> environment) {
        return new ServiceProcess(root, name, name + "-" + n, port, environment, List.of());
    }

    private ServiceProcess(Path root, String name, String logName, int port, Map<String, String> environment,
                           List<String> jvmOptions) {
        this.name = logName;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.port = port;
        this.environment = environment;
        this.log = root.resolve("e2e/target").resolve(logName + ".log");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
    }

    /**
     * {@code count} distinct free ports. EmbeddedPostgres.freePort() closes the port it found, so called twice
     * in a row it can return the same one, and the second service would then find the first answering on it.
     */
    public static int[] freePorts(int count) {
        java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(io.crosscheck.testing.postgres.EmbeddedPostgres.freePort());
        }
        return ports.stream().mapToInt(Integer::intValue).toArray();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** The process id while running, else -1. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public void start() {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(StackCredentials.environment());
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " did not become ready in 120 s; see " + log);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
