package io.loquent.core.internal.run;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.Operation;
import io.loquent.core.internal.graph.Step;
import java.sql.Connection;
import java.util.List;

/**
 * Where rendered statements go: executed on a connection, or written as a script (offline {@code --sql} and
 * {@code --dry-run}). The runner drives both the same way, so what is printed is what would run.
 */
interface StatementSink {
    /** The context dialects render in: with the live connection, or offline. */
    RenderContext context();

    /**
     * The context to render {@code operation} of {@code step} in; an offline script passes the schema the history
     * has built so far, and follows the operation to the schema after it.
     */
    default RenderContext context(Operation operation, Step step) {
        return context();
    }

    /** Opens one revision's unit of work; {@code title} is Alembic's {@code Running upgrade a -> b, message}. */
    void begin(String title, boolean transactional);

    /** Runs or writes one statement; a failure is thrown as {@link StatementFailure}. */
    void execute(String sql);

    /**
     * Runs or writes the rows of {@code insert}: online with the values bound as parameters, in a script as literals.
     *
     * @return the statements as they ran, for failure reports (values are never part of them online)
     */
    List<String> insert(BulkInsert insert);

    /**
     * As {@link #insert}, for a row of Loquent's own tables (history, snapshot), whose columns Loquent defined: online
     * each value is bound by its own type, without first asking the database for the columns' types, which a script's
     * rows need (a JSON document bound into a JSON column) and which would cost every revision a round trip.
     */
    default List<String> record(BulkInsert row) {
        return insert(row);
    }

    /**
     * Runs or writes a script's own statement with {@code ?} parameters ({@code op.update}): online with the values
     * bound, in a script with them as the dialect's literals.
     *
     * @return the number of rows changed; 0 where nothing ran
     */
    int update(String sql, List<Object> params);

    /**
     * The connection a revision's reads run on ({@code op.query}, {@code op.connection()}).
     *
     * @param call the script's call, for the refusal
     * @throws NeedsDatabase where nothing runs on a database
     */
    Connection database(String call);

    /** Whether statements really run and commit here, rather than being written or rolled back afterwards. */
    boolean executes();

    /** A log that keeps a revision's row in {@code history} up to date as it runs; {@link ProgressLog#NONE} here. */
    default ProgressLog progressLog(HistoryStore history) {
        return ProgressLog.NONE;
    }

    void commit(boolean transactional);

    void rollback(boolean transactional);

    /**
     * Runs {@code body} outside the revision's transaction: commits what came before, runs the body with every
     * statement committing on its own, then opens a new transaction for the rest of the revision.
     */
    void outsideTransaction(Runnable body, boolean transactional);
}
