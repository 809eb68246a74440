package io.loquent.dialect.sqlite.internal;

import java.util.List;

/**
 * An index created with {@code CREATE INDEX} on the rebuilt table (SQLite's own indexes for PRIMARY KEY and UNIQUE
 * constraints come back with the constraints).
 *
 * @param name    the index name
 * @param sql     its {@code CREATE INDEX} statement, recreated as it stands
 * @param unique  whether it is unique
 * @param partial whether it has a WHERE clause
 * @param columns its key columns in order; null entries stand for expressions
 */
public record IndexInfo(String name, String sql, boolean unique, boolean partial, List<String> columns) {
    public IndexInfo {
        columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
    }

    /** Whether some key column is an expression rather than a plain column. */
    public boolean hasExpressions() {
        return columns.contains(null);
    }
}
