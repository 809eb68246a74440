package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.core.DatabaseException;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.MigrationListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;

/**
 * One run under the migration lock, from reading the version table to the last step: the dialect's session lock on
 * a connection of its own, or one exclusive transaction with a savepoint per revision where the dialect locks that
 * way. The dialect's run hooks surround it, and the connection's auto-commit is restored afterwards.
 */
final class LockedRun {
    private static final System.Logger LOG = System.getLogger(LockedRun.class.getName());

    /** Creates the version and history tables, in transactions of their own or inside the run's. */
    @FunctionalInterface
    interface Tables {
        void create(JdbcSink sink, boolean ownTransaction);
    }

    private final Dialect dialect;
    private final MigrationListener listener;
    private final String lockName;
    private final Tables tables;

    LockedRun(Dialect dialect, MigrationListener listener, String lockName, Tables tables) {
        this.dialect = dialect;
        this.listener = listener;
        this.lockName = lockName;
        this.tables = tables;
    }

    /**
     * Runs {@code work} holding the migration lock: on a connection of its own for session-level locks, or as one
     * exclusive transaction with a savepoint per revision where the dialect locks that way. Creates the version and
     * history tables first when missing, and applies the dialect's run hooks around it.
     */
    <R> R run(Connection connection, Engine.Connections lockConnections, Duration timeout,
              java.util.function.BiFunction<StatementSink, RunHooks, R> work) {
        boolean autoCommit = autoCommit(connection);
        RunHooks hooks = hooks(connection);
        JdbcSink jdbc = new JdbcSink(connection);
        try {
            try {
                jdbc.begin("before the run", false);
                hooks.beforeRun().forEach(jdbc::execute);
            } catch (StatementFailure f) {
                throw new DatabaseException("cannot prepare the session for the run: " + f.getMessage() + ". Statement: "
                        + f.statement(), f.sqlException());
            }
            if (dialect.lockScope() == Dialect.LockScope.TRANSACTION) {
                return exclusively(jdbc, timeout, sink -> work.apply(sink, hooks));
            }
            Connection lockConnection;
            try {
                lockConnection = lockConnections.open();
            } catch (SQLException e) {
                throw new DatabaseException("cannot open a connection for the migration lock: " + e.getMessage()
                        + ". Check that the database accepts one more connection", e);
            }
            try (MigrationLock lock = dialect.lock(new LockRequest(lockConnection, lockName, timeout, listener::lockWaiting))) {
                tables.create(jdbc, true);
                return work.apply(jdbc, hooks);
            } finally {
                try {
                    lockConnection.close();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not close the lock's connection", e);
                }
            }
        } finally {
            try {
                jdbc.begin("after the run", false);
                hooks.afterRun().forEach(jdbc::execute);
            } catch (StatementFailure e) {
                LOG.log(System.Logger.Level.WARNING, "could not restore the session after the run", e);
            }
            restore(connection, autoCommit);
        }
    }

    /** The whole run in one exclusive transaction, revisions as savepoints; what succeeded is committed. */
    private <R> R exclusively(JdbcSink jdbc, Duration timeout, Function<StatementSink, R> work) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                jdbc.execute(dialect.exclusiveBegin());
                break;
            } catch (StatementFailure busy) {
                if (!dialect.isLockBusy(busy.sqlException())) {
                    throw new DatabaseException("cannot open the run's exclusive transaction: " + busy.getMessage()
                            + ". Check that the URL names a database of this kind", busy.sqlException());
                }
                if (System.nanoTime() > deadline) {
                    throw new LockTimeoutException("another run has held the database lock for longer than "
                            + timeout.toSeconds() + " s (" + busy.getMessage() + "). Wait for it to finish, or raise"
                            + " lock_timeout");
                }
                listener.lockWaiting("another connection holds the database's exclusive lock");
                pause();
            }
        }
        boolean committed = false;
        try {
            tables.create(jdbc, false);
            R result = work.apply(new SavepointSink(jdbc));
            jdbc.execute("COMMIT");
            committed = true;
            return result;
        } catch (MigrationFailedException failed) {
            try {
                jdbc.execute("COMMIT"); // keeps the revisions that succeeded before the failed one
                committed = true;
            } catch (StatementFailure commitFailure) {
                failed.addSuppressed(commitFailure);
            }
            throw failed;
        } finally {
            if (!committed) {
                try {
                    jdbc.execute("ROLLBACK");
                } catch (StatementFailure e) {
                    LOG.log(System.Logger.Level.WARNING, "rollback of the run failed", e);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("interrupted while waiting for the migration lock");
        }
    }

    private RunHooks hooks(Connection connection) {
        return dialect.runHooks(RenderContext.online(connection));
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
