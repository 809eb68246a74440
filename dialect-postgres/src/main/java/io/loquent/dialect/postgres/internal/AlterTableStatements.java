package io.loquent.dialect.postgres.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statements of a batch, in order, with consecutive clauses folded into one {@code ALTER TABLE}.
 *
 * <p>A clause that touches a column or constraint already touched by a pending clause starts a new statement.
 * PostgreSQL runs the subcommands of one ALTER TABLE in passes (drops, then type changes, then additions), not in
 * the written order, so {@code ADD COLUMN e …, ALTER COLUMN e TYPE …} fails with "column e does not exist"; clauses
 * on different objects are independent, and for those the passes give the same result as the written order.
 */
final class AlterTableStatements {
    private final String prefix;
    private final List<String> statements = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<String> following = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();

    /** @param prefix {@code ALTER TABLE "t" }, which every folded statement starts with */
    AlterTableStatements(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Adds clauses for the pending ALTER TABLE, and statements that must run right after it (COMMENT ON).
     *
     * @param names the columns and constraints the clauses touch, as {@link #column} and {@link #constraint} keys
     */
    void clauses(Collection<String> names, List<String> newClauses, List<String> after) {
        if (!Collections.disjoint(touched, names)) {
            flush();
        }
        touched.addAll(names);
        clauses.addAll(newClauses);
        following.addAll(after);
    }

    /** Statements that cannot be clauses: they run after everything added before them. */
    void statements(List<String> sql) {
        flush();
        statements.addAll(sql);
    }

    /** Everything, in order. */
    List<String> finish() {
        flush();
        return List.copyOf(statements);
    }

    static String column(String name) {
        return "column:" + name;
    }

    static String constraint(String name) {
        return "constraint:" + name;
    }

    private void flush() {
        if (!clauses.isEmpty()) {
            statements.add(prefix + String.join(", ", clauses));
        }
        statements.addAll(following);
        clauses.clear();
        following.clear();
        touched.clear();
    }
}
