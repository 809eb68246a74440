package io.loquent.api;

import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The operations a revision script performs, as Alembic's {@code op}. Each call becomes an immutable
 * {@link io.loquent.api.operation.Operation} that the runner renders through the database's dialect and either executes
 * or prints (offline {@code --sql}). Where a name may be null, the naming convention supplies one.
 */
public interface Op {
    /** Creates a table: {@code op.createTable("users", t -> t.column("id", integer().primaryKey()))}. */
    void createTable(String table, Consumer<TableBuilder> body);

    void dropTable(String table);

    void renameTable(String table, String newName);

    void addColumn(String table, String column, ColumnSpec spec);

    void dropColumn(String table, String column);

    void renameColumn(String table, String column, String newName);

    /** Changes a column: {@code op.alterColumn("users", "name", c -> c.type(string(100)).nullable(false))}. */
    void alterColumn(String table, String column, Consumer<ColumnChange> change);

    void createIndex(String name, String table, String... columns);

    void createUniqueIndex(String name, String table, String... columns);

    void dropIndex(String name, String table);

    /** A unique constraint; {@code name} may be null. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** A foreign key from {@code columns} of {@code table} to {@code referencedColumns} of {@code referencedTable}; {@code name} may be null. */
    void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                          List<String> referencedColumns);

    /** As {@link #createForeignKey(String, String, String, List, List)}, with an ON DELETE action such as {@code "CASCADE"}. */
    void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                          List<String> referencedColumns, String onDelete);

    /**
     * As {@link #createForeignKey(String, String, String, List, List)}, with ON DELETE and ON UPDATE actions such as
     * {@code "CASCADE"}; either may be null for the database's default.
     */
    void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                          List<String> referencedColumns, String onDelete, String onUpdate);

    /** A CHECK constraint named by the convention from {@code name} ({@code ck_%table_%name}); the condition is SQL. */
    void createCheckConstraint(String name, String table, String condition);

    /** A CHECK constraint called exactly {@code name}, outside the naming convention; the condition is SQL. */
    void createCheckConstraintNamed(String name, String table, String condition);

    /** A primary key; {@code name} may be null. */
    void createPrimaryKey(String name, String table, String... columns);

    /** Drops a constraint by name; dialects that need its kind read it from the catalogue. */
    void dropConstraint(String name, String table);

    /** Drops a constraint by name and kind. */
    void dropConstraint(String name, String table, TableConstraint.Kind kind);

    /** Creates a sequence that starts at 1 and counts up by 1. */
    void createSequence(String name);

    /**
     * Creates a sequence: {@code op.createSequence("order_seq", 1, 50)} for a JPA {@code @SequenceGenerator} with
     * {@code allocationSize = 50}. SQLite has no sequences, nor has MySQL (MariaDB has).
     */
    void createSequence(String name, long start, long increment);

    void dropSequence(String name);

    /** Runs a SQL statement as it stands. */
    void execute(String sql);

    /** Inserts rows given as column-to-value maps. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /**
     * Runs {@code body} outside the revision's transaction, committing what came before it: for statements that
     * cannot run in a transaction, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY} (Alembic's
     * {@code autocommit_block}). What runs inside is not rolled back if the revision fails later.
     */
    void autocommitBlock(Runnable body);

    /** Groups changes to one table; on SQLite they become one table rebuild where ALTER TABLE cannot make them. */
    void batchAlterTable(String table, Consumer<BatchOp> body);

    /** As {@link #batchAlterTable(String, Consumer)}, choosing when the table may be rebuilt. */
    void batchAlterTable(String table, BatchAlterTable.Recreate recreate, Consumer<BatchOp> body);
}
