package io.loquent.dialect.mysql.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements of a run of changes to one table, in order, with consecutive clauses folded into one
 * {@code ALTER TABLE}. A clause that touches a column, index or constraint already touched by a pending clause
 * starts a new statement: MySQL resolves every clause against the table as it was before the statement, so
 * {@code ADD COLUMN h …, MODIFY COLUMN h …} fails with "Unknown column 'h'".
 */
final class AlterTableStatements {
    private final String prefix;
    private final List<String> statements = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();

    /** @param prefix {@code ALTER TABLE `t` }, which every folded statement starts with */
    AlterTableStatements(String prefix) {
        this.prefix = prefix;
    }

    /** Adds clauses that touch {@code names}, given as {@link #column} and {@link #key} keys. */
    void clauses(Collection<String> names, List<String> newClauses) {
        if (!Collections.disjoint(touched, names)) {
            flush();
        }
        touched.addAll(names);
        clauses.addAll(newClauses);
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

    /** A column; MySQL column names are case-insensitive. */
    static String column(String name) {
        return "column:" + name.toLowerCase(Locale.ROOT);
    }

    /** An index or constraint: they share one namespace per table in MySQL. */
    static String key(String name) {
        return "key:" + name.toLowerCase(Locale.ROOT);
    }

    private void flush() {
        if (!clauses.isEmpty()) {
            statements.add(prefix + String.join(", ", clauses));
        }
        clauses.clear();
        touched.clear();
    }
}
