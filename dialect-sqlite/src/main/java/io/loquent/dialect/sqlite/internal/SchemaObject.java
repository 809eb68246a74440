package io.loquent.dialect.sqlite.internal;

/**
 * A trigger or view from {@code sqlite_master}.
 *
 * @param name  its name
 * @param table the table a trigger belongs to (for a view, its own name)
 * @param sql   its {@code CREATE} statement
 * @param works for a view, whether a query on it compiles now; always true for a trigger
 */
public record SchemaObject(String name, String table, String sql, boolean works) {
}
