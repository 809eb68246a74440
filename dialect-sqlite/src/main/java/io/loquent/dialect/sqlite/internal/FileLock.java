package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQLite's migration lock: an operating-system lock on a file beside the database ({@code app.db.loquent-lock}).
 * SQLite's own locks last one transaction at most, so a run that commits each revision on its own needs a lock that
 * outlives them; the OS releases this one when the holder's process ends, however it died, so a {@code kill -9}
 * leaves nothing to clean up. The holder writes who it is into the file, for the message of a run that waits.
 * The file itself stays: deleting a lock file while another process opens it would let two runs hold "the" lock.
 */
public final class FileLock implements MigrationLock {
    private static final System.Logger LOG = System.getLogger(FileLock.class.getName());
    private static final String SUFFIX = ".loquent-lock";

    /**
     * The lock files this JVM holds. An OS file lock belongs to the process, and closing any channel on the file
     * releases it (POSIX), so a second run in the same JVM must never open, let alone close, a channel on a file the
     * first holds: it waits on this set instead.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(Path file, FileChannel channel, java.nio.channels.FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** A lock that locks nothing, for a database no other process can open (in memory, or a temporary one). */
    private static final MigrationLock NONE = () -> {
    };

    /** Takes the lock for the database {@code request.connection()} is on, polling while another run holds it. */
    public static MigrationLock acquire(LockRequest request) {
        Path file = databaseFile(request.connection());
        if (file == null) {
            return NONE;
        }
        Path lockFile = file.resolveSibling(file.getFileName() + SUFFIX);
        long deadline = System.nanoTime() + request.timeout().toNanos();
        while (true) {
            String holder = "another run in this process";
            if (HELD.add(lockFile)) {
                FileLock taken = tryLock(lockFile);
                if (taken != null) {
                    return taken;
                }
                holder = holderOf(lockFile);
                HELD.remove(lockFile);
            }
            String message = "held by " + holder + " (lock file " + lockFile + ")";
            if (System.nanoTime() > deadline) {
                throw new LockTimeoutException("another Loquent run has held the migration lock for more than "
                        + request.timeout().toSeconds() + " s (" + message + "). Wait for it to finish, or raise"
                        + " lock_timeout");
            }
            request.waiting().accept(message);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockTimeoutException("interrupted while waiting for the migration lock");
            }
        }
    }

    /** The lock when no other process holds it, else null; the caller has the file in {@link #HELD}. */
    private static FileLock tryLock(Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD.remove(lockFile);
            throw new LoquentException("cannot open the migration lock file " + lockFile + ": " + reason(e)
                    + ". Check that the folder of the database is writable");
        }
        try {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                close(channel); // this JVM holds no lock on the file, so closing releases nobody's
                return null;
            }
            writeHolder(channel);
            return new FileLock(lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            close(channel);
            HELD.remove(lockFile);
            throw new LoquentException("cannot lock " + lockFile + ": " + reason(e)
                    + ". Check that the database's folder is on a file system that supports locks");
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String who = "process " + ManagementFactory.getRuntimeMXBean().getPid() + " of user "
                + System.getProperty("user.name") + ", since "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Who the lock file says holds it; read only while this JVM holds no lock on the file. */
    private static String holderOf(Path lockFile) {
        try {
            String text = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    /** The database's file, or null for an in-memory or temporary database. */
    private static Path databaseFile(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    String file = rs.getString("file");
                    return file == null || file.isEmpty() ? null : Path.of(file).toAbsolutePath();
                }
            }
            return null;
        } catch (SQLException e) {
            throw new LoquentException("cannot find the database's file for the migration lock: " + e.getMessage()
                + ". Check that the URL names a SQLite database", e);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not close the migration lock file", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock too; never hide the run's own outcome.
            LOG.log(System.Logger.Level.WARNING, "could not release the migration lock file explicitly", e);
        }
        close(channel);
        HELD.remove(file);
    }
}
