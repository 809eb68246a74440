package io.loquent.api;

import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.schema.TableConstraint;
import java.sql.Connection;
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

    /**
     * Creates the table unless one of that name exists, which is then kept as it is whatever its columns
     * ({@code CREATE TABLE IF NOT EXISTS}, on every database). For adopting a table that may have been made by hand;
     * the indexes of {@code t.index} and {@code t.morphs} need a revision of their own.
     */
    void createTableIfNotExists(String table, Consumer<TableBuilder> body);

    void dropTable(String table);

    /** Laravel's {@code dropIfExists}: drops the table if it exists, and does nothing if it does not. */
    void dropTableIfExists(String table);

    void renameTable(String table, String newName);

    /**
     * Sets the comment of an existing table, or removes it with {@code null} (Alembic's
     * {@code create_table_comment}/{@code drop_table_comment}); {@code t.comment(text)} sets it on a new one. SQLite
     * keeps no comments: there it runs nothing.
     */
    void setTableComment(String table, String comment);

    void addColumn(String table, String column, ColumnSpec spec);

    void dropColumn(String table, String column);

    void renameColumn(String table, String column, String newName);

    /** Changes a column: {@code op.alterColumn("users", "name", c -> c.type(string(100)).nullable(false))}. */
    void alterColumn(String table, String column, Consumer<ColumnChange> change);

    /**
     * An index over plain columns. Each string is a column name, never an expression: an unknown column is an error;
     * index an expression with {@link #createIndex(String, String, java.util.function.Consumer)}.
     */
    void createIndex(String name, String table, String... columns);

    /** A unique index over plain columns, as {@link #createIndex(String, String, String...)}. */
    void createUniqueIndex(String name, String table, String... columns);

    /**
     * An index from a spec: {@code op.createIndex("ix_users_email", "users", i -> i.expression("lower(email)")
     * .unique().where("deleted_at IS NULL"))}; see {@link IndexSpec} for what each database supports.
     */
    void createIndex(String name, String table, Consumer<IndexSpec> spec);

    void dropIndex(String name, String table);

    /**
     * Drops the index if it exists ({@code DROP INDEX IF EXISTS}: PostgreSQL, SQLite, MariaDB; MySQL has no such
     * form and refuses it).
     */
    void dropIndexIfExists(String name, String table);

    /**
     * Drops an index without blocking the table: PostgreSQL's {@code DROP INDEX CONCURRENTLY}, run outside the
     * revision's transaction; as {@link IndexSpec#concurrently()} on the other databases.
     */
    void dropIndexConcurrently(String name, String table);

    /** A unique constraint; {@code name} may be null. */
    void createUniqueConstraint(String name, String table, String... columns);

    /**
     * A deferrable unique constraint ({@code name} may be null), checked when the transaction commits
     * ({@link TableConstraint.Deferral#DEFERRED}) or at each statement unless a transaction defers it: for updates
     * that pass through duplicates, such as swapping two positions. PostgreSQL only; SQLite, MySQL and MariaDB refuse
     * it.
     */
    void createUniqueConstraint(String name, String table, TableConstraint.Deferral deferral, String... columns);

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

    /**
     * As {@link #createForeignKey(String, String, String, List, List, String, String)}, deferrable
     * ({@link TableConstraint.Deferral}): PostgreSQL and SQLite; MySQL and MariaDB refuse it.
     */
    void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                          List<String> referencedColumns, String onDelete, String onUpdate,
                          TableConstraint.Deferral deferral);

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

    /** Drops the sequence if it exists (PostgreSQL and MariaDB). */
    void dropSequenceIfExists(String name);

    /**
     * Creates a view over {@code query}, a SELECT in the database's SQL:
     * {@code op.createView("active_users", "SELECT id, email FROM users WHERE deleted_at IS NULL")}.
     */
    void createView(String name, String query);

    /**
     * Creates the view, or replaces it if it exists: PostgreSQL's and MySQL's {@code CREATE OR REPLACE VIEW}
     * (PostgreSQL only lets a replacement add columns at the end); on SQLite, which has no such form, the view is
     * dropped if it exists and created again. The downgrade restates the previous query.
     */
    void createOrReplaceView(String name, String query);

    void dropView(String name);

    /** Drops the view if it exists, and does nothing if it does not. */
    void dropViewIfExists(String name);

    /** Runs a SQL statement as it stands. */
    void execute(String sql);

    /** Inserts rows given as column-to-value maps. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /**
     * Reads rows from the database, in the revision's transaction and after every operation called before it: the
     * read of a read-transform-write backfill. Each {@code ?} of {@code sql} is bound to the next of {@code params}
     * (never spliced into the text). Each row maps its column labels, in the query's order, to their values as the
     * driver returns them. Offline ({@code --sql}) and in a dry run on a database whose DDL is not transactional
     * (MySQL, MariaDB), where nothing runs, the revision fails with a message saying it needs a database. When
     * Loquent computes the checksum of a compiled revision, or replays the history to know the schema, it runs the
     * script without a database: there, the query returns no row (and the replay treats it as raw SQL).
     */
    List<Map<String, Object>> query(String sql, Object... params);

    /**
     * Runs a statement that changes rows (UPDATE, INSERT, DELETE) with each {@code ?} bound to the next of
     * {@code params}, in the revision's transaction and in order with its other operations; returns the number of
     * rows changed. Offline ({@code --sql}) the statement is written with the parameters as the dialect's safe
     * literals, and returns 0. Where DDL commits as it goes (MySQL, MariaDB) each update commits on its own and is
     * recorded in the history as one statement: {@code --resume} skips it only if the revision makes the same update
     * with the same values at the same place, and refuses otherwise.
     */
    int update(String sql, Object... params);

    /**
     * The revision's JDBC connection, for what {@link #query} and {@link #update} cannot do (a streaming read, a
     * batch, a stored procedure). It is in the revision's transaction where DDL is transactional: never commit,
     * roll back, close it or change its auto-commit; Loquent does that. What is done through it is not in the
     * history's record of committed statements, so {@code --resume} cannot tell what of it had run; nor does a dry
     * run print it. Offline, and without a database (checksums, replay), it fails with a message saying so.
     */
    Connection connection();

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
