package io.loquent.dialect.mysql.internal;

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
import java.util.HexFormat;

/**
 * The migration lock as a named lock ({@code GET_LOCK}) on a connection of its own, scoped to the current database.
 * The server releases it when the holder's session ends, however the process died.
 */
public final class NamedLock implements MigrationLock {
    private static final System.Logger LOG = System.getLogger(NamedLock.class.getName());
    private final Connection connection;
    private final String name;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Takes the lock, waiting a second at a time so that the caller hears who holds it. */
    public static NamedLock acquire(LockRequest request) {
        Connection c = request.connection();
        try {
            String name = lockName(database(c) + ":" + request.name());
            long deadline = System.nanoTime() + request.timeout().toNanos();
            while (!getLock(c, name)) {
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another Loquent run has held the migration lock for more than "
                            + request.timeout().toSeconds() + " s (" + holder(c, name) + "). Wait for it to finish, or"
                            + " raise lock_timeout");
                }
                request.waiting().accept(holder(c, name));
            }
            return new NamedLock(c, name);
        } catch (SQLException e) {
            throw new LockTimeoutException("cannot take the migration lock: " + e.getMessage());
        }
    }

    private static boolean getLock(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT GET_LOCK(?, 1)")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static String holder(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT p.ID, p.USER, p.HOST, p.TIME FROM"
                + " information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? "held by connection " + rs.getLong(1) + ", user " + rs.getString(2) + "@"
                        + rs.getString(3) + ", for " + rs.getLong(4) + " s" : "held by a session that has just released it";
            }
        }
    }

    private static String database(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        }
    }

    /** MySQL limits lock names to 64 characters: longer names keep their head and a hash of the whole. */
    static String lockName(String full) {
        if (full.length() <= 64) {
            return full;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return full.substring(0, 47) + ":" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement st = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            st.setString(1, name);
            st.execute();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "could not release the migration lock explicitly", e);
        }
    }
}
