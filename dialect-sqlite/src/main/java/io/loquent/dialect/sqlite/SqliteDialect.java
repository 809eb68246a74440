package io.loquent.dialect.sqlite;

import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;

/**
 * SQLite. DDL is transactional, so a failed revision leaves nothing behind. Types are chosen so that SQLite's
 * type affinity keeps values as written: JSON and UUIDs are TEXT (a declared {@code JSON} type would have NUMERIC
 * affinity and turn the document {@code 123} into a number).
 *
 * <p>What SQLite's ALTER TABLE cannot do (change a column's type, nullability or default; add or drop a constraint)
 * rebuilds the table following SQLite's own procedure, reading its current definition from the live connection;
 * {@link #runHooks} keeps foreign-key actions from firing while it does.
 */
public final class SqliteDialect extends AnsiDialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** None: SQLite keeps names of any length as written. */
    @Override
    public IdentifierLimit maxIdentifierLength() {
        return IdentifierLimit.NONE;
    }

    @Override
    public String typeSql(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIG_INTEGER -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT, JSON -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case BINARY -> "BLOB";
            case UUID -> "VARCHAR(36)";
        };
    }

    /** SQLite wants an expression default in parentheses; literals and CURRENT_TIMESTAMP stand alone. */
    @Override
    public String defaultSql(DefaultValue value) {
        if (value instanceof DefaultValue.Sql s) {
            return "(" + s.expression() + ")";
        }
        return super.defaultSql(value);
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /** SQLite has no typed literals: dates and times are ISO-8601 text, which its date functions read. */
    @Override
    protected String dateLiteral(String keyword, String text) {
        return stringLiteral(text);
    }

    /**
     * A second connection cannot write while another holds SQLite's lock, so the migration lock is the run itself:
     * one {@code BEGIN EXCLUSIVE} transaction from reading the version table to the last step, each revision a
     * savepoint. A killed process leaves no lock: SQLite rolls the journal back on the next open.
     */
    @Override
    public LockScope lockScope() {
        return LockScope.TRANSACTION;
    }

    /** SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the database. */
    @Override
    public boolean isLockBusy(java.sql.SQLException failure) {
        int code = failure.getErrorCode() & 0xFF;
        return code == 5 || code == 6;
    }

    @Override
    public String exclusiveBegin() {
        return "BEGIN EXCLUSIVE";
    }

    /**
     * Online: foreign-key enforcement off for the run (so that a table rebuild fires no ON DELETE action) and a
     * {@code PRAGMA foreign_key_check} before each revision commits; offline: none.
     */
    @Override
    public RunHooks runHooks(RenderContext context) {
        return context.connection().map(SqliteRunHooks::on).orElse(RunHooks.NONE);
    }

    @Override
    protected AnsiRenderer renderer(RenderContext context) {
        return new SqliteRenderer(this, context);
    }
}
