package io.loquent.api;

import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.schema.TableConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Static access to the {@link Op} of the revision running on the current thread, as Alembic's module-level
 * {@code op}: {@code Migration.createTable("users", t -> ...)}. Outside a running revision every method fails with a
 * message saying so. The binding is per thread, so two migrators in one JVM never see each other's revision.
 */
public final class Migration {
    private static final ThreadLocal<Op> CURRENT = new ThreadLocal<>();

    private Migration() {
    }

    /**
     * Runs {@code body} with {@code op} bound to the current thread, restoring the previous binding afterwards. This
     * is for runners; scripts never call it.
     */
    public static void bind(Op op, Runnable body) {
        Op previous = CURRENT.get();
        CURRENT.set(op);
        try {
            body.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The {@link Op} of the revision running on this thread. */
    public static Op op() {
        Op op = CURRENT.get();
        if (op == null) {
            throw new IllegalStateException("Migration.* was called outside a running revision;"
                    + " call it from MigrationScript.upgrade or downgrade, or use the Op passed to them");
        }
        return op;
    }

    public static void createTable(String table, Consumer<TableBuilder> body) {
        op().createTable(table, body);
    }

    public static void createTableIfNotExists(String table, Consumer<TableBuilder> body) {
        op().createTableIfNotExists(table, body);
    }

    public static void dropTableIfExists(String table) {
        op().dropTableIfExists(table);
    }

    public static void dropIndexIfExists(String name, String table) {
        op().dropIndexIfExists(name, table);
    }

    public static void dropSequenceIfExists(String name) {
        op().dropSequenceIfExists(name);
    }

    public static void createView(String name, String query) {
        op().createView(name, query);
    }

    public static void createOrReplaceView(String name, String query) {
        op().createOrReplaceView(name, query);
    }

    public static void dropView(String name) {
        op().dropView(name);
    }

    public static void dropViewIfExists(String name) {
        op().dropViewIfExists(name);
    }

    public static void dropTable(String table) {
        op().dropTable(table);
    }

    public static void setTableComment(String table, String comment) {
        op().setTableComment(table, comment);
    }

    public static void renameTable(String table, String newName) {
        op().renameTable(table, newName);
    }

    public static void addColumn(String table, String column, ColumnSpec spec) {
        op().addColumn(table, column, spec);
    }

    public static void dropColumn(String table, String column) {
        op().dropColumn(table, column);
    }

    public static void renameColumn(String table, String column, String newName) {
        op().renameColumn(table, column, newName);
    }

    public static void alterColumn(String table, String column, Consumer<ColumnChange> change) {
        op().alterColumn(table, column, change);
    }

    public static void createIndex(String name, String table, String... columns) {
        op().createIndex(name, table, columns);
    }

    public static void createUniqueIndex(String name, String table, String... columns) {
        op().createUniqueIndex(name, table, columns);
    }

    public static void createIndex(String name, String table, Consumer<IndexSpec> spec) {
        op().createIndex(name, table, spec);
    }

    public static void dropIndex(String name, String table) {
        op().dropIndex(name, table);
    }

    public static void createUniqueConstraint(String name, String table, TableConstraint.Deferral deferral,
                                              String... columns) {
        op().createUniqueConstraint(name, table, deferral, columns);
    }

    public static void dropIndexConcurrently(String name, String table) {
        op().dropIndexConcurrently(name, table);
    }

    public static void createUniqueConstraint(String name, String table, String... columns) {
        op().createUniqueConstraint(name, table, columns);
    }

    public static void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                        List<String> referencedColumns) {
        op().createForeignKey(name, table, referencedTable, columns, referencedColumns);
    }

    public static void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                        List<String> referencedColumns, String onDelete) {
        op().createForeignKey(name, table, referencedTable, columns, referencedColumns, onDelete);
    }

    public static void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                        List<String> referencedColumns, String onDelete, String onUpdate) {
        op().createForeignKey(name, table, referencedTable, columns, referencedColumns, onDelete, onUpdate);
    }

    public static void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                        List<String> referencedColumns, String onDelete, String onUpdate,
                                        TableConstraint.Deferral deferral) {
        op().createForeignKey(name, table, referencedTable, columns, referencedColumns, onDelete, onUpdate, deferral);
    }

    public static void createCheckConstraint(String name, String table, String condition) {
        op().createCheckConstraint(name, table, condition);
    }

    public static void createCheckConstraintNamed(String name, String table, String condition) {
        op().createCheckConstraintNamed(name, table, condition);
    }

    public static void createPrimaryKey(String name, String table, String... columns) {
        op().createPrimaryKey(name, table, columns);
    }

    public static void dropConstraint(String name, String table) {
        op().dropConstraint(name, table);
    }

    public static void dropConstraint(String name, String table, TableConstraint.Kind kind) {
        op().dropConstraint(name, table, kind);
    }

    public static void createSequence(String name) {
        op().createSequence(name);
    }

    public static void createSequence(String name, long start, long increment) {
        op().createSequence(name, start, increment);
    }

    public static void dropSequence(String name) {
        op().dropSequence(name);
    }

    public static void execute(String sql) {
        op().execute(sql);
    }

    public static void bulkInsert(String table, List<Map<String, Object>> rows) {
        op().bulkInsert(table, rows);
    }

    /** See {@link Op#query}. */
    public static List<Map<String, Object>> query(String sql, Object... params) {
        return op().query(sql, params);
    }

    /** See {@link Op#update}. */
    public static int update(String sql, Object... params) {
        return op().update(sql, params);
    }

    /** See {@link Op#connection}. */
    public static Connection connection() {
        return op().connection();
    }

    public static void autocommitBlock(Runnable body) {
        op().autocommitBlock(body);
    }

    public static void batchAlterTable(String table, Consumer<BatchOp> body) {
        op().batchAlterTable(table, body);
    }

    public static void batchAlterTable(String table, BatchAlterTable.Recreate recreate, Consumer<BatchOp> body) {
        op().batchAlterTable(table, recreate, body);
    }
}
