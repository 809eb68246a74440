package io.loquent.core.internal.run;

import io.loquent.api.Migration;
import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.core.DatabaseException;
import io.loquent.core.MigrationListener;
import io.loquent.core.StepResult;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan on a connection. Where the dialect has transactional DDL, each revision and its version-table change
 * are one transaction, so a failure leaves nothing of that revision behind; elsewhere the version table moves only
 * after a revision's last statement succeeded, and the error names what did run.
 */
public final class Runner {
    private static final System.Logger LOG = System.getLogger(Runner.class.getName());

    private final Dialect dialect;
    private final NamingConvention naming;
    private final MigrationListener listener;

    public Runner(Dialect dialect, NamingConvention naming, MigrationListener listener) {
        this.dialect = dialect;
        this.naming = naming;
        this.listener = listener;
    }

    /** Runs every step of {@code plan}; returns what ran. */
    public List<StepResult> run(Plan plan, Connection connection, VersionStore store) {
        List<StepResult> results = new ArrayList<>();
        boolean autoCommit = autoCommit(connection);
        try {
            if (!store.exists(connection)) {
                execute(connection, store.createStatements(RenderContext.online(connection)));
            }
            for (Step step : plan.steps()) {
                results.add(runStep(step, connection, store));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot prepare version table '" + store.table() + "': " + e.getMessage()
                    + ". Check that the user may create tables", e);
        } finally {
            restore(connection, autoCommit);
        }
        return results;
    }

    private StepResult runStep(Step step, Connection connection, VersionStore store) throws SQLException {
        String message = step.revision().info().message();
        listener.stepStarting(step.describe(), message, step.upgrade());
        LOG.log(System.Logger.Level.INFO, "Running {0} {1}, {2}", step.upgrade() ? "upgrade" : "downgrade",
                step.describe(), message);
        long start = System.nanoTime();
        boolean transactional = dialect.transactionalDdl();
        connection.setAutoCommit(!transactional);
        RenderContext context = RenderContext.online(connection);
        List<String> executed = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            OperationRecorder op = new OperationRecorder(operation -> {
                for (String sql : dialect.render(operation, context)) {
                    executeOne(statement, sql, executed);
                }
            }, naming);
            MigrationScript script = step.revision().newScript();
            Migration.bind(op, () -> {
                if (step.upgrade()) {
                    script.upgrade(op);
                } else {
                    script.downgrade(op);
                }
            });
            for (String sql : store.changeStatements(step.rowsBefore(), step.rowsAfter(), context)) {
                executeOne(statement, sql, executed);
            }
            if (transactional) {
                connection.commit();
            }
        } catch (RuntimeException | Error e) {
            rollback(connection, transactional);
            throw Failures.of(step, e, executed, transactional);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        StepResult result = new StepResult(step.id(), step.upgrade(), step.describe(), message, executed.size(), took);
        listener.stepFinished(result);
        return result;
    }

    private static void executeOne(Statement statement, String sql, List<String> executed) {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
        executed.add(sql);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void rollback(Connection connection, boolean transactional) {
        if (!transactional) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "rollback failed after a failed revision", e);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not restore auto-commit", e);
        }
    }
}
