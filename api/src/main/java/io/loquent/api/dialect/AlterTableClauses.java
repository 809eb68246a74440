package io.loquent.api.dialect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The statements of a run of changes to one table, in order, with consecutive clauses folded into one
 * {@code ALTER TABLE}: part of the ANSI base for dialects whose database takes several clauses in one ALTER TABLE.
 *
 * <p>A clause that touches a column or constraint already touched by a pending clause starts a new statement, because
 * databases do not apply the clauses of one ALTER TABLE in the written order. PostgreSQL runs them in passes (drops,
 * then type changes, then additions), so {@code ADD COLUMN e …, ALTER COLUMN e TYPE …} fails with "column e does not
 * exist"; MySQL resolves every clause against the table as it was before the statement, so
 * {@code ADD COLUMN h …, MODIFY COLUMN h …} fails with "Unknown column 'h'". Clauses on different objects are
 * independent, and for those one statement gives the same result as the written order.
 *
 * <p>What a clause touches is given as keys made by {@link #column} and {@link #constraint}; a dialect whose names
 * ignore case folds them before making the key. One instance serves one rendered operation; it is not thread-safe.
 */
public final class AlterTableClauses {
    private final String prefix;
    private final List<String> statements = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<String> following = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();

    /** @param prefix {@code ALTER TABLE "t" }, with its trailing space, which every folded statement starts with */
    public AlterTableClauses(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The key of a column. */
    public static String column(String name) {
        return "column:" + name;
    }

    /**
     * The key of a constraint; also of an index, where the database keeps indexes and constraints in one namespace
     * per table (MySQL).
     */
    public static String constraint(String name) {
        return "constraint:" + name;
    }

    /** Adds clauses for the pending ALTER TABLE that touch {@code keys}. */
    public void addClauses(Collection<String> keys, List<String> newClauses) {
        addClauses(keys, newClauses, List.of());
    }

    /**
     * Adds clauses for the pending ALTER TABLE that touch {@code keys}, and statements that must run right after
     * that ALTER TABLE (PostgreSQL's {@code COMMENT ON}, say).
     */
    public void addClauses(Collection<String> keys, List<String> newClauses, List<String> after) {
        if (!Collections.disjoint(touched, keys)) {
            flush();
        }
        touched.addAll(keys);
        clauses.addAll(newClauses);
        following.addAll(after);
    }

    /** Adds statements that cannot be clauses: they run after everything added before them. */
    public void addStatements(List<String> sql) {
        flush();
        statements.addAll(sql);
    }

    /** Everything added, in order. */
    public List<String> finish() {
        flush();
        return List.copyOf(statements);
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
