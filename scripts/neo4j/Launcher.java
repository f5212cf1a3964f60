import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throw-away Neo4j 5 Community server for kg-memory's tests.
 *
 * <p>Starts an in-process Neo4j (the test harness) with Bolt on 127.0.0.1, no HTTP server, no auth and no
 * usage reporting, prints {@code NEO4J_URI=bolt://127.0.0.1:PORT} on stdout, optionally writes the URI to
 * a file, then runs until the JVM is told to stop (SIGTERM or SIGINT), when it shuts the database down.
 * The harness keeps the database in a fresh directory under {@code java.io.tmpdir} and removes it on close.
 *
 * <p>Run with Java's single-file source launcher (no compile step), the classpath coming from the pom:
 * {@code java -cp "$(cat target/classpath.txt)" Launcher.java [URI_FILE] [PORT]}. PORT 0 (the default)
 * lets the operating system choose a free port. {@code scripts/start-neo4j.sh} does all of this.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code kgmem.neo4j.rundir=DIR}: a private directory (given as {@code java.io.tmpdir} too) that is
 *       deleted after shutdown, so that log4j's temporary files do not pile up in /tmp;</li>
 *   <li>{@code kgmem.neo4j.stdinWatchdog=true}: stop when standard input reaches end of file, so that a
 *       server started by a test runner dies with it even when the runner is killed.</li>
 * </ul>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path uriFile = args.length > 0 && !args[0].isEmpty() ? Path.of(args[0]) : null;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String runDir = System.getProperty("kgmem.neo4j.rundir");

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Netty's graceful shutdown waits 2 s of quiet per event loop: 12 s to stop an idle server.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j launcher: shutting down");
            try {
                neo4j.close();
            } finally {
                if (runDir != null) {
                    deleteTree(Path.of(runDir));
                }
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        String uri = neo4j.boltURI().toString().replaceAll("/+$", "");
        if (uriFile != null) {
            writeAtomically(uriFile, uri + "\n");
        }
        System.out.println("NEO4J_URI=" + uri);
        System.out.flush();

        if (Boolean.getBoolean("kgmem.neo4j.stdinWatchdog")) {
            Thread watchdog = new Thread(Launcher::exitOnStdinEof, "neo4j-stdin-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        stopped.await();
    }

    /** Blocks until standard input closes, then exits (which runs the shutdown hook). */
    private static void exitOnStdinEof() {
        byte[] buffer = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buffer) >= 0) {
                // Whatever the parent writes is ignored: only the end of the stream matters.
            }
        } catch (IOException e) {
            System.err.println("neo4j launcher: standard input failed: " + e);
        }
        System.err.println("neo4j launcher: standard input closed");
        System.exit(0);
    }

    /** Writes through a sibling temporary file, so a reader never sees a half-written URI. */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("neo4j launcher: could not remove " + root + ": " + e);
        }
    }
}
