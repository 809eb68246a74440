package io.loquent.core.internal.run;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.RenderContext;

/**
 * For dialects whose migration lock is one exclusive transaction around the whole run (SQLite): each revision is a
 * savepoint inside it, so a failed revision is rolled back alone and the ones before it are kept.
 */
final class SavepointSink implements StatementSink {
    private static final String SAVEPOINT = "loquent_revision";
    private final JdbcSink jdbc;

    SavepointSink(JdbcSink jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RenderContext context() {
        return jdbc.context();
    }

    @Override
    public void begin(String title, boolean transactional) {
        jdbc.execute("SAVEPOINT " + SAVEPOINT);
    }

    @Override
    public void execute(String sql) {
        jdbc.execute(sql);
    }

    @Override
    public void commit(boolean transactional) {
        jdbc.execute("RELEASE SAVEPOINT " + SAVEPOINT);
    }

    @Override
    public void rollback(boolean transactional) {
        try {
            jdbc.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            jdbc.execute("RELEASE SAVEPOINT " + SAVEPOINT);
        } catch (StatementFailure e) {
            // the run's transaction is rolled back as a whole by the caller
        }
    }

    @Override
    public void outsideTransaction(Runnable body, boolean transactional) {
        throw new LoquentException("autocommitBlock cannot run here: on this database the whole run is one exclusive"
                + " transaction (it is the migration lock), so nothing can run outside it. Move the statement to a"
                + " revision of its own and run it with op.execute after the upgrade, or by hand");
    }
}
