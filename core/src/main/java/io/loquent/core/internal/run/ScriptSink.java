package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.Operation;
import io.loquent.core.internal.graph.Step;
import io.loquent.core.internal.replay.SchemaTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.List;

/**
 * Writes statements as a SQL script that the database's own shell can run: a comment per revision, its statements
 * ending in {@code ;}, and BEGIN/COMMIT where the dialect has transactional DDL.
 */
final class ScriptSink implements StatementSink {
    private final Appendable out;
    private final Dialect dialect;
    private final RenderContext context;
    private final SchemaTracker tracker;

    /** @param tracker the schema followed operation by operation, for offline scripts; null renders in {@code context} */
    ScriptSink(Appendable out, Dialect dialect, RenderContext context, SchemaTracker tracker) {
        this.out = out;
        this.dialect = dialect;
        this.context = context;
        this.tracker = tracker;
    }

    @Override
    public RenderContext context() {
        return context;
    }

    @Override
    public RenderContext context(Operation operation, Step step) {
        return tracker == null ? context : tracker.next(operation, step.id(), step.upgrade());
    }

    void comment(String text) {
        write("-- " + text.replace("\n", "\n-- ") + "\n");
    }

    @Override
    public void begin(String title, boolean transactional) {
        write("\n");
        comment(title);
        if (transactional && dialect.beginTransaction() != null) {
            write(dialect.beginTransaction() + ";\n");
        }
    }

    @Override
    public void execute(String sql) {
        write(dialect.scriptStatement(sql));
    }

    @Override
    public List<String> insert(BulkInsert insert) {
        List<String> statements = dialect.render(insert, context);
        statements.forEach(this::execute);
        return statements;
    }

    @Override
    public int update(String sql, List<Object> params) {
        execute(BoundStatements.inline(dialect, sql, params));
        return 0;
    }

    /** Refused: a script runs nothing, so there is nothing to read. */
    @Override
    public Connection database(String call) {
        if (tracker == null) { // a dry run where DDL commits as it goes: the plan's statements are rendered, not run
            throw new NeedsDatabase(call, "a dry run on a database that commits DDL as it goes (its statements do"
                    + " not run, so nothing reads what they would leave)", "try the upgrade on a copy of the database"
                    + " instead");
        }
        throw new NeedsDatabase(call, "an offline script", "run this revision online ('loquent upgrade'), or end"
                + " the offline script at the revision before it");
    }

    @Override
    public boolean executes() {
        return false;
    }

    @Override
    public void commit(boolean transactional) {
        if (transactional && dialect.commitTransaction() != null) {
            write(dialect.commitTransaction() + ";\n");
        }
    }

    @Override
    public void rollback(boolean transactional) {
        // nothing was run
    }

    @Override
    public void outsideTransaction(Runnable body, boolean transactional) {
        commit(transactional);
        comment("autocommit block: outside the transaction");
        body.run();
        comment("end of the autocommit block");
        if (transactional && dialect.beginTransaction() != null) {
            write(dialect.beginTransaction() + ";\n");
        }
    }

    void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SQL script", e);
        }
    }
}
