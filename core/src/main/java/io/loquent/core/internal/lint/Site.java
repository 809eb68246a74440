package io.loquent.core.internal.lint;

import io.loquent.api.schema.Schema;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Where an operation stands when a rule looks at it.
 *
 * @param database     the dialect's name ({@code postgresql}, {@code mysql}, {@code sqlite}, …)
 * @param schema       the schema just before the operation, replayed from the history
 * @param createdHere  the tables the same revision created before it: never large, never in use
 * @param rows         the rows a table holds now (online), or empty (offline, or a table the database lacks)
 * @param largeTable   from how many rows a table counts as large
 * @param statementsSoFar how many operations the revision ran before this one
 * @param schemaChangesSoFar how many of those changed the schema
 * @param dataChangesSoFar   how many of those changed rows (updates, deletes, inserts)
 * @param strongLocksSoFar   how many of those locked an existing table against the application
 * @param lockTimeoutSet     whether one of those set PostgreSQL's {@code lock_timeout}
 * @param serverVersion      the server's major version (online), or empty (offline: a current server is assumed)
 * @param autocommit         whether the operation runs in an {@code op.autocommitBlock}, outside the revision's
 *                           transaction
 */
public record Site(String database, Schema schema, Set<String> createdHere, Function<String, OptionalLong> rows,
                   long largeTable, int statementsSoFar, int schemaChangesSoFar, int dataChangesSoFar,
                   int strongLocksSoFar, boolean lockTimeoutSet, java.util.OptionalInt serverVersion,
                   boolean autocommit) {
    /** Whether {@code table} existed before this revision: the application may be using it, and it may hold rows. */
    public boolean existing(String table) {
        return !createdHere.contains(table) && schema.table(table).isPresent();
    }

    /** {@code users (12,000 rows)} online, {@code users} offline. */
    public String sized(String table) {
        OptionalLong n = rows.apply(table);
        return n.isPresent() ? table + " (" + String.format(java.util.Locale.ROOT, "%,d", n.getAsLong()) + " rows)"
                : table;
    }

    /**
     * How bad a change is that hurts in proportion to the table: offline a warning (the size is unknown), online an
     * error from {@link #largeTable} rows, else information.
     */
    public io.loquent.core.LintFinding.Severity bySize(String table) {
        OptionalLong n = rows.apply(table);
        if (n.isEmpty()) {
            return io.loquent.core.LintFinding.Severity.WARNING;
        }
        return n.getAsLong() >= largeTable ? io.loquent.core.LintFinding.Severity.ERROR
                : io.loquent.core.LintFinding.Severity.INFO;
    }
}
