package io.loquent.dialect.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's migration lock: an OS lock on a file beside the database, held against other processes and runs. */
class FileLockTest {
    @TempDir
    Path dir;

    /** Asks another JVM whether it could take the OS lock on {@code file} now. */
    private String otherProcessSees(Path file) throws Exception {
        Path probe = Files.writeString(dir.resolve("Probe.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Probe {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                            System.out.print(c.tryLock() == null ? "busy: " + Files.readString(Path.of(a[0])) : "free");
                        }
                    }
                }
                """);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                probe.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.strip();
    }

    private static LockRequest request(Connection c, Duration timeout, List<String> waits) {
        return new LockRequest(c, "loquent:loquent_version", timeout, waits::add);
    }

    /**
     * Closing any channel on a locked file releases the process's lock on it, so a second run in the same JVM that
     * gives up must not close one: after it has, another process still finds the lock held.
     */
    @Test
    void aSecondRunInTheSameProcessWaitsAndGivesUpWithoutReleasingTheFirstOnesLock() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Path lockFile = dir.resolve("app.db.loquent-lock");
        List<String> waits = new ArrayList<>();
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            MigrationLock held = FileLock.acquire(request(first, Duration.ofSeconds(10), waits));
            // Not read here: reading the file in this JVM would close a channel on it and release the lock.
            assertThatThrownBy(() -> FileLock.acquire(request(second, Duration.ofMillis(500), waits)))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("held by another run in this process (lock file " + lockFile + ")");
            assertThat(waits).isNotEmpty();
            assertThat(otherProcessSees(lockFile)).as("the first run's lock survives the second's attempt")
                    .startsWith("busy: process " + ProcessHandle.current().pid() + " of user ");
            held.close();
            assertThat(otherProcessSees(lockFile)).isEqualTo("free");
            FileLock.acquire(request(second, Duration.ofSeconds(1), waits)).close(); // and it can be taken again
        }
    }

    @Test
    void anInMemoryDatabaseNeedsNoLockFile() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            FileLock.acquire(request(c, Duration.ofSeconds(1), new ArrayList<>())).close();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
