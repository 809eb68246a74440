package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.operation.Operation;
import java.sql.Connection;
import java.util.List;

/**
 * A table rebuild from start to end: read the table, apply the changes to a draft, check the draft and the rows, and
 * write the statements. Nothing runs here; the runner executes the statements in the revision's transaction, so a
 * failure at any step leaves the old table as it was.
 */
public final class TableRebuild {
    private static final System.Logger LOG = System.getLogger(TableRebuild.class.getName());

    private TableRebuild() {
    }

    /**
     * The statements that apply {@code changes} to the table of {@code snapshot}, read by {@link TableCatalog} in
     * the same transaction, or by {@link KnownTable} from the replayed history, by rebuilding it.
     *
     * @param connection the connection whose rows are checked first, or null offline: the script checks nothing
     *                   before it runs, and the database's own constraints stop the copy instead, inside the
     *                   script's transaction, which leaves the old table as it was
     * @param reasons why a rebuild is needed ("alter column users.name (type)"), for the log
     * @throws LoquentException when the rebuild would lose rows, constraints or objects, or could not succeed
     */
    public static List<String> render(Connection connection, TableSnapshot snapshot, List<Operation> changes,
                                      List<String> reasons, SqlWords words) {
        requireNoCascade(snapshot);
        TableDraft draft = RebuildPlanner.apply(snapshot, changes, words);
        if (connection != null) {
            RowChecks.verify(connection, snapshot, draft.rowChecks, words);
        }
        List<String> statements = RebuildWriter.write(draft);
        LOG.log(System.Logger.Level.INFO, () -> "Rebuilding table '" + snapshot.table() + "'"
                + (snapshot.rows() == null ? "" : " (" + snapshot.rows() + " rows)") + " for: " + String.join("; ", reasons)
                + (draft.notes.isEmpty() ? "" : ". Dropped with their columns: " + String.join("; ", draft.notes)));
        return statements;
    }

    /**
     * With foreign keys enforced, dropping the old table would delete its rows first and run the ON DELETE actions of
     * the tables that reference it. PRAGMA foreign_keys cannot change inside a transaction, so the run hooks turn it
     * off before the run; a connection that still enforces keys here was not prepared that way.
     */
    private static void requireNoCascade(TableSnapshot snapshot) {
        if (!snapshot.session().foreignKeys() || snapshot.children().isEmpty()) {
            return;
        }
        throw new LoquentException("cannot rebuild table '" + snapshot.table() + "' while this connection enforces"
                + " foreign keys: dropping the old table would run the ON DELETE actions of "
                + snapshot.children().stream().map(ChildKey::table).distinct().toList() + ". Run the migration"
                + " through Loquent, whose SQLite run hooks turn enforcement off before the run's transaction, or run"
                + " PRAGMA foreign_keys = OFF before the transaction begins");
    }
}
