package com.example.loquent.h2;

import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The migration lock on H2, which has no advisory locks: the lock's row in a table of its own,
 * {@value #TABLE}, held with {@code SELECT … FOR UPDATE} in a transaction left open on the lock's connection. H2
 * releases a row lock when the transaction or the session ends, so a run that dies leaves no lock behind (unlike a
 * lock row that a run sets and clears).
 */
final class H2RowLock implements MigrationLock {
    /** The lock table, one row per lock name. */
    static final String TABLE = "loquent_lock";
    /** H2's error code for a lock wait that timed out (ErrorCode.LOCK_TIMEOUT_1). */
    private static final int LOCK_TIMEOUT = 50200;
    private static final System.Logger LOG = System.getLogger(H2RowLock.class.getName());

    private final Connection connection;

    private H2RowLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock, waiting a second at a time so that the caller hears that another run holds it. */
    static H2RowLock acquire(LockRequest request) {
        Connection c = request.connection();
        try {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS \"" + TABLE + "\" (\"name\" VARCHAR(255) PRIMARY KEY)");
                st.execute("SET LOCK_TIMEOUT 1000");
            }
            addRow(c, request.name());
            c.setAutoCommit(false);
            long deadline = System.nanoTime() + request.timeout().toNanos();
            while (!tryLock(c, request.name())) {
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another Loquent run has held the migration lock (row '"
                            + request.name() + "' of " + TABLE + ") for more than " + request.timeout().toSeconds()
                            + " s. Wait for it to finish, or raise lock_timeout");
                }
                request.waiting().accept("held by another session on this database (H2 does not say which)");
            }
            return new H2RowLock(c);
        } catch (SQLException e) {
            throw new LockTimeoutException("cannot take the migration lock in table " + TABLE + ": " + e.getMessage());
        }
    }

    /**
     * Adds the lock's row unless it is there. Never by MERGE or UPDATE, which would wait for the row's lock: the
     * check reads the committed row without locking it, and of two first runs that both add it, one is refused by
     * the primary key and finds it there.
     */
    private static void addRow(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO \"" + TABLE + "\" SELECT ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM \"" + TABLE + "\" WHERE \"name\" = ?)")) {
            st.setString(1, name);
            st.setString(2, name);
            st.execute();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // unique violation: another run added it first
                throw e;
            }
        }
    }

    /** Whether the row's lock was taken within H2's lock timeout (a second, as set above). */
    private static boolean tryLock(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT \"name\" FROM \"" + TABLE + "\" WHERE \"name\" = ?"
                + " FOR UPDATE")) {
            st.setString(1, name);
            st.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() != LOCK_TIMEOUT) {
                throw e;
            }
            c.rollback();
            return false;
        }
    }

    /** Ends the transaction that holds the row; closing the lock's connection would release it too. */
    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "could not release the migration lock explicitly", e);
        }
    }
}
