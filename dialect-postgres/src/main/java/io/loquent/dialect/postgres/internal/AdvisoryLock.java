package io.loquent.dialect.postgres.internal;

import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The migration lock as a session-level advisory lock ({@code pg_try_advisory_lock}) on a connection of its own: it
 * never blocks the migration's statements, even those outside a transaction such as CREATE INDEX CONCURRENTLY, and
 * PostgreSQL releases it when the holder's session ends, however the process died.
 */
public final class AdvisoryLock implements MigrationLock {
    private static final System.Logger LOG = System.getLogger(AdvisoryLock.class.getName());
    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** Takes the lock, polling so that the caller hears who holds it while it waits. */
    public static AdvisoryLock acquire(LockRequest request) {
        Connection c = request.connection();
        try {
            long key = key(schema(c) + ":" + request.name());
            long deadline = System.nanoTime() + request.timeout().toNanos();
            while (!tryLock(c, key)) {
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another Loquent run has held the migration lock for more than "
                            + request.timeout().toSeconds() + " s (" + holder(c, key) + "). Wait for it to finish, or"
                            + " raise lock_timeout");
                }
                request.waiting().accept(holder(c, key));
                Thread.sleep(1000);
            }
            return new AdvisoryLock(c, key);
        } catch (SQLException e) {
            throw new LockTimeoutException("cannot take the migration lock: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("interrupted while waiting for the migration lock");
        }
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock, as pg_stat_activity tells it. */
    private static String holder(Connection c, long key) throws SQLException {
        String sql = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, key >>> 32);
            st.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return "held by a session that has just released it";
                }
                return "held by backend " + rs.getInt(1) + ", user " + rs.getString(2)
                        + (rs.getString(3) == null || rs.getString(3).isEmpty() ? "" : ", application " + rs.getString(3))
                        + (rs.getString(4) == null ? "" : ", from " + rs.getString(4))
                        + ", connected since " + rs.getString(5);
            }
        }
    }

    private static String schema(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }

    /** A stable 64-bit key: the first eight bytes of the name's SHA-256. */
    static long key(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (d[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            st.setLong(1, key);
            st.execute();
        } catch (SQLException e) {
            // Closing the lock's connection releases it too; never hide the run's own outcome.
            LOG.log(System.Logger.Level.WARNING, "could not release the migration lock explicitly", e);
        }
    }
}
