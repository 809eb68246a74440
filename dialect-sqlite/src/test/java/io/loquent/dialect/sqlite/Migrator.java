package io.loquent.dialect.sqlite;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.operation.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs operations the way the runner does on SQLite: the dialect's run hooks around one transaction, each operation
 * rendered on the live connection and executed at once, the revision verified before it commits, everything rolled
 * back on a failure.
 */
final class Migrator {
    private final SqliteDialect dialect = new SqliteDialect();
    private final Connection connection;

    Migrator(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code operations} as one revision and returns the statements they rendered (not the hooks'). */
    List<String> run(Operation... operations) throws SQLException {
        List<String> rendered = new ArrayList<>();
        RunHooks hooks = dialect.runHooks(RenderContext.online(connection));
        execute(hooks.beforeRun());
        connection.setAutoCommit(false);
        try {
            for (Operation op : operations) {
                List<String> statements = dialect.render(op, RenderContext.online(connection));
                execute(statements);
                rendered.addAll(statements);
            }
            hooks.verifyRevision("test-revision");
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            execute(hooks.afterRun());
        }
        return rendered;
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
