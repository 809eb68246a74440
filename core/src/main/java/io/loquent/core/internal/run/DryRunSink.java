package io.loquent.core.internal.run;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import java.sql.Connection;
import java.util.List;

/**
 * A dry run on a database with transactional DDL: every statement really runs, inside one transaction that is rolled
 * back at the end, and is written to the script. Later statements are therefore rendered against the schema the
 * earlier ones produced (a SQLite rebuild of a table created two revisions before), and a statement that would fail
 * fails here too. Autocommit blocks are only written: they cannot run inside the transaction.
 */
final class DryRunSink implements StatementSink {
    private final JdbcSink jdbc;
    private final ScriptSink script;
    private boolean printOnly;

    DryRunSink(JdbcSink jdbc, ScriptSink script) {
        this.jdbc = jdbc;
        this.script = script;
    }

    @Override
    public RenderContext context() {
        return jdbc.context();
    }

    @Override
    public void begin(String title, boolean transactional) {
        script.begin(title, transactional);
    }

    @Override
    public void execute(String sql) {
        if (!printOnly) {
            jdbc.execute(sql);
        }
        script.execute(sql);
    }

    @Override
    public List<String> insert(BulkInsert insert) {
        if (!printOnly) {
            jdbc.insert(insert);
        }
        return script.insert(insert);
    }

    @Override
    public List<String> record(BulkInsert row) {
        if (!printOnly) {
            jdbc.record(row);
        }
        return script.record(row);
    }

    /** Really runs where the rest does, so that later reads see it; always written. */
    @Override
    public int update(String sql, List<Object> params) {
        int changed = printOnly ? 0 : jdbc.update(sql, params);
        script.update(sql, params);
        return changed;
    }

    /** Reads run in the dry run's transaction, so they see what the plan has done so far. */
    @Override
    public Connection database(String call) {
        return jdbc.database(call);
    }

    @Override
    public boolean executes() {
        return false;
    }

    @Override
    public void commit(boolean transactional) {
        script.commit(transactional);
    }

    @Override
    public void rollback(boolean transactional) {
        // the whole dry run is rolled back by its caller
    }

    @Override
    public void outsideTransaction(Runnable body, boolean transactional) {
        script.outsideTransaction(() -> {
            printOnly = true;
            try {
                body.run();
            } finally {
                printOnly = false;
            }
        }, transactional);
    }
}
