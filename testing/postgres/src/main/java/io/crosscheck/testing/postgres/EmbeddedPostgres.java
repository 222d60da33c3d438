package io.crosscheck.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a real PostgreSQL server from the machine's own binaries (Debian's {@code postgresql} package):
 * initdb into a data folder, pg_ctl start on a loopback port, trust authentication for the local user.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root, so when the JVM is root every command runs
 * through {@code runuser -u postgres} and the data folder is handed to that user.
 *
 * <p>A server with a data folder of its own ({@link #start}, what {@code ./run} gives users) keeps PostgreSQL's
 * durable defaults: a commit acknowledged is on disk. Throw-away servers ({@link #startTemporary}) trade that
 * for speed with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off, unless asked for
 * {@link Durability#DURABLE} (the benchmarks measure what users get).
 *
 * <p>Also a command-line tool for {@code ./run}: {@code java -cp crosscheck-test-postgres.jar
 * io.crosscheck.testing.postgres.EmbeddedPostgres start|stop DATA_DIR PORT [DB ...]}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "crosscheck";

    /** Whether an acknowledged commit survives a crash of the server or the machine. */
    public enum Durability {
        /** PostgreSQL's defaults: every commit flushed to disk before it is acknowledged. */
        DURABLE,
        /** No flushes at all: for test databases, which a crash may lose whole. */
        THROWAWAY
    }

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final Durability durability;
    private final boolean runAsPostgresUser;

    private EmbeddedPostgres(Path binDir, Path dataDir, int port, Durability durability) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.durability = durability;
        this.runAsPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /**
     * A durable server on the data folder (initialised when new): starts it and creates the given databases.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, String... databases) {
        return start(dataDir, port, Durability.DURABLE, databases);
    }

    private static EmbeddedPostgres start(Path dataDir, int port, Durability durability, String... databases) {
        EmbeddedPostgres pg = new EmbeddedPostgres(findBinaries(), dataDir.toAbsolutePath(), port, durability);
        pg.initIfNeeded();
        pg.startServer();
        for (String db : databases) {
            pg.createDatabaseIfMissing(db);
        }
        return pg;
    }

    /** A throw-away, non-durable server in a temporary folder on a free port, removed again on {@link #close()}. */
    public static EmbeddedPostgres startTemporary(String... databases) {
        return startTemporary(Durability.THROWAWAY, databases);
    }

    /** A server in a temporary folder on a free port, removed again on {@link #close()}. */
    public static EmbeddedPostgres startTemporary(Durability durability, String... databases) {
        try {
            Path dir = Files.createTempDirectory("crosscheck-pg-");
            // Temp folders are private to their creator; the postgres user must be able to enter it.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return start(dir.resolve("data"), freePort(), durability, databases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Durability durability() {
        return durability;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isRunning() {
        return run(List.of(bin("pg_ctl"), "status", "-D", dataDir.toString()), false) == 0;
    }

    public void stop() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "fast", "-w"), false);
        }
    }

    /**
     * Stops the server as a crash would ({@code pg_ctl stop -m immediate}: no checkpoint, connections cut); the
     * next {@link #restart()} recovers from the write-ahead log.
     */
    public void crash() {
        run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "immediate", "-w"), false);
    }

    /** Starts the server again on the same folder and port (after {@link #stop()} or {@link #crash()}). */
    public void restart() {
        startServer();
    }

    @Override
    public void close() {
        stop();
        Path tempRoot = dataDir.getParent();
        if (tempRoot != null && tempRoot.getFileName().toString().startsWith("crosscheck-pg-")) {
            deleteRecursively(tempRoot);
        }
    }

    private void initIfNeeded() {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            handToPostgresUser(dataDir);
            return;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handToPostgresUser(dataDir);
        List<String> initdb = new ArrayList<>(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", USER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        if (durability == Durability.THROWAWAY) {
            initdb.add("--no-sync");
        }
        check(run(initdb, true), "initdb");
    }

    private void startServer() {
        if (isRunning()) {
            return;
        }
        // Sockets in the data folder: /var/run/postgresql may not exist or be writable here.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                + dataDir + " -c max_connections=200";
        if (durability == Durability.THROWAWAY) {
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }
        // For profiling, e.g. "-c shared_preload_libraries=pg_stat_statements" while a benchmark runs.
        String extra = System.getenv("CROSSCHECK_POSTGRES_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            options += " " + extra.strip();
        }
        check(run(List.of(bin("pg_ctl"), "start", "-D", dataDir.toString(), "-w", "-t", "60",
                "-l", dataDir.resolve("server.log").toString(), "-o", options), true),
                "pg_ctl start (see " + dataDir.resolve("server.log") + ")");
    }

    private void createDatabaseIfMissing(String database) {
        String sql = "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'";
        String exists = capture(List.of(bin("psql"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "-d", "postgres", "-tAc", sql));
        if (!"1".equals(exists.trim())) {
            check(run(List.of(bin("createdb"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                    database), true), "createdb " + database);
        }
    }

    private void handToPostgresUser(Path dir) {
        if (runAsPostgresUser) {
            check(runPlain(List.of("chown", "-R", "postgres:postgres", dir.toString())), "chown");
        }
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    private int run(List<String> command, boolean showOutput) {
        List<String> full = new ArrayList<>();
        if (runAsPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            // Never inherit: pg_ctl's server keeps the pipe, so read output only until the command exits.
            Path log = Files.createTempFile("pg-cmd-", ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (p.exitValue() != 0 && showOutput) {
                System.err.println(Files.readString(log, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(log);
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String capture(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int runPlain(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(int exitCode, String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exitCode);
        }
    }

    /** PG_BIN if set, else the newest /usr/lib/postgresql/N/bin that has initdb. */
    static Path findBinaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        Path root = Paths.get("/usr/lib/postgresql");
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(EmbeddedPostgres::majorVersion));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest.orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL server binaries found: install them (apt-get install -y postgresql) "
                        + "or set PG_BIN to the folder holding initdb and pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A left-over temp folder is harmless.
        }
    }

    /** {@code start DATA_DIR PORT [DB ...]} (durable) or {@code stop DATA_DIR PORT}. */
    public static void main(String[] args) {
        if (args.length < 3 || !(args[0].equals("start") || args[0].equals("stop"))) {
            System.err.println("usage: EmbeddedPostgres start|stop DATA_DIR PORT [DATABASE ...]");
            System.exit(2);
        }
        Path data = Paths.get(args[1]);
        int port = Integer.parseInt(args[2]);
        if (args[0].equals("start")) {
            EmbeddedPostgres pg = start(data, port, Arrays.copyOfRange(args, 3, args.length));
            System.out.println("PostgreSQL ready on 127.0.0.1:" + pg.port() + " (data in " + pg.dataDir() + ")");
        } else {
            new EmbeddedPostgres(findBinaries(), data.toAbsolutePath(), port, Durability.DURABLE).stop();
        }
    }
}
