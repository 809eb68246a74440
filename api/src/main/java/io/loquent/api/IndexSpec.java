package io.loquent.api;

/**
 * The body of an index: {@code op.createIndex("ix_users_email", "users", i -> i.expression("lower(email)").unique()
 * .where("deleted_at IS NULL"))}. Keys are taken in the order given; a column is always a column (an unknown one is
 * an error) and an expression is always SQL, so that neither is ever mistaken for the other.
 *
 * <p>What each database builds: PostgreSQL all of it; MySQL and MariaDB columns, prefix lengths and {@code using
 * ("btree")}, expressions on MySQL 8.0.13+ only; SQLite columns, expressions and {@code where}. Anything else is
 * refused with a message naming the database and an alternative.
 */
public interface IndexSpec {
    /** A key on a column. */
    IndexSpec column(String column);

    /** A key on the first {@code length} characters of a column: MySQL's prefix index {@code name(10)}. */
    IndexSpec column(String column, int length);

    /** A key on an SQL expression, such as {@code lower(email)}. */
    IndexSpec expression(String sql);

    /** A unique index: no two rows (that the condition selects) have equal keys. */
    IndexSpec unique();

    /** A partial index over the rows for which {@code condition}, SQL, holds (PostgreSQL, SQLite). */
    IndexSpec where(String condition);

    /** The access method: {@code gin}, {@code gist}, {@code brin}, {@code hash} on PostgreSQL; B-tree by default. */
    IndexSpec using(String method);

    /** Columns stored in the index without being keys, for index-only scans (PostgreSQL's {@code INCLUDE}). */
    IndexSpec include(String... columns);

    /**
     * Builds the index without blocking writes to the table. On PostgreSQL it is {@code CREATE INDEX CONCURRENTLY},
     * run on its own outside the revision's transaction (as {@link Op#autocommitBlock} runs it), so it is not rolled
     * back if the revision fails later; on MySQL and MariaDB {@code ALGORITHM=INPLACE, LOCK=NONE}, which fails
     * rather than block when the server cannot; on SQLite, which builds any index under its one write lock, it
     * changes nothing.
     */
    IndexSpec concurrently();
}
