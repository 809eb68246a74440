package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.dialect.WaitProbe;
import io.loquent.core.DatabaseException;
import io.loquent.core.MigrationListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * One run under the migration lock, from reading the version table to the last step: the dialect's lock, on a
 * connection of its own, or no lock at all where the configuration says {@code lock=none}. The dialect's run hooks surround it, and the connection's auto-commit is restored afterwards.
 */
final class LockedRun {
    private static final System.Logger LOG = System.getLogger(LockedRun.class.getName());

    /** Creates the version and history tables when missing. */
    @FunctionalInterface
    interface Tables {
        void create(JdbcSink sink);
    }

    private final Dialect dialect;
    private final MigrationListener listener;
    private final String lockName;
    private final Tables tables;

    /** @param lockName the lock's name, or null to run without the lock */
    LockedRun(Dialect dialect, MigrationListener listener, String lockName, Tables tables) {
        this.dialect = dialect;
        this.listener = listener;
        this.lockName = lockName;
        this.tables = tables;
    }

    /**
     * Runs {@code work} holding the migration lock, taken by the dialect on a connection of its own (none with
     * {@code lock=none}). Creates the version and history tables first when missing, and applies the dialect's run
     * hooks around it.
     */
    <R> R run(Connection connection, Engine.Connections lockConnections, Duration timeout,
              java.util.function.BiFunction<JdbcSink, RunHooks, R> work) {
        boolean autoCommit = autoCommit(connection);
        RunHooks hooks = hooks(connection);
        JdbcSink jdbc = new JdbcSink(connection, dialect);
        try {
            if (lockName == null) {
                return unlocked(connection, jdbc, hooks, null, work);
            }
            Connection lockConnection;
            try {
                lockConnection = lockConnections.open();
            } catch (SQLException e) {
                throw new DatabaseException("cannot open a connection for the migration lock: " + e.getMessage()
                        + ". Check that the database accepts one more connection (a pool needs at least two), or set"
                        + " lock=none where only one deployer migrates this database", e);
            }
            try (MigrationLock lock = dialect.lock(new LockRequest(lockConnection, lockName, timeout, listener::lockWaiting))) {
                return unlocked(connection, jdbc, hooks, lockConnection, work);
            } finally {
                try {
                    lockConnection.close();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not close the lock's connection", e);
                }
            }
        } finally {
            rollBackWhatIsOpen(connection);
            try {
                jdbc.begin("after the run", false);
                hooks.afterRun().forEach(jdbc::execute);
            } catch (StatementFailure e) {
                LOG.log(System.Logger.Level.WARNING, "could not restore the session after the run", e);
            }
            restore(connection, autoCommit);
        }
    }

    /**
     * The run itself, once the lock is held (or not wanted): the hooks, the tables, and the work under the wait watch
     * on {@code observer}, the lock's idle connection (without one, nothing watches).
     */
    private <R> R unlocked(Connection connection, JdbcSink jdbc, RunHooks hooks, Connection observer,
                           java.util.function.BiFunction<JdbcSink, RunHooks, R> work) {
        try {
            jdbc.begin("before the run", false);
            hooks.beforeRun().forEach(jdbc::execute);
        } catch (StatementFailure f) {
            throw new DatabaseException("cannot prepare the session for the run: " + f.getMessage()
                    + ". Statement: " + f.statement(), f.sqlException());
        }
        tables.create(jdbc);
        try (WaitWatch watch = WaitWatch.start(observer == null ? WaitProbe.NONE : probe(connection), observer,
                listener)) {
            return work.apply(jdbc, hooks);
        }
    }

    private WaitProbe probe(Connection connection) {
        try {
            return dialect.waitProbe(connection);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "no wait probe for this run", e);
            return WaitProbe.NONE;
        }
    }

    private RunHooks hooks(Connection connection) {
        return dialect.runHooks(RenderContext.online(connection));
    }

    /**
     * Everything a run keeps, it commits itself: a transaction still open here belongs to a failure, and turning
     * auto-commit back on would commit it (as JDBC says setAutoCommit does).
     */
    private static void rollBackWhatIsOpen(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "could not roll back what the failed run left open", e);
        }
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is closed next; nothing to restore
        }
    }
}
