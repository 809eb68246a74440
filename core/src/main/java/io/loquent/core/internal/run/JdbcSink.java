package io.loquent.core.internal.run;

import io.loquent.api.dialect.RenderContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Executes statements on a connection, one transaction per revision where the dialect has transactional DDL. */
final class JdbcSink implements StatementSink {
    private static final System.Logger LOG = System.getLogger(JdbcSink.class.getName());
    private final Connection connection;
    private final RenderContext context;

    JdbcSink(Connection connection) {
        this.connection = connection;
        this.context = RenderContext.online(connection);
    }

    @Override
    public RenderContext context() {
        return context;
    }

    @Override
    public void begin(String title, boolean transactional) {
        try {
            connection.setAutoCommit(!transactional);
        } catch (SQLException e) {
            throw new StatementFailure("-- begin transaction", e);
        }
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
    }

    @Override
    public void commit(boolean transactional) {
        if (transactional) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new StatementFailure("COMMIT", e);
            }
        }
    }

    @Override
    public void outsideTransaction(Runnable body, boolean transactional) {
        commit(transactional);
        begin("autocommit block", false);
        try {
            body.run();
        } finally {
            begin("rest of the revision", transactional);
        }
    }

    @Override
    public void rollback(boolean transactional) {
        if (transactional) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "rollback failed after a failed revision", e);
            }
        }
    }
}
