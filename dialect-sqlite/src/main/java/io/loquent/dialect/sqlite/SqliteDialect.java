package io.loquent.dialect.sqlite;

import io.loquent.dialect.sqlite.internal.NativeLibrary;
import io.loquent.dialect.sqlite.internal.Statements;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.dialect.TypeRefusals;
import io.loquent.api.schema.ColumnType;
import io.loquent.dialect.sqlite.internal.DeclaredTypes;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableName;
import io.loquent.api.schema.Schema;
import io.loquent.dialect.sqlite.internal.FileLock;
import io.loquent.dialect.sqlite.internal.SqliteCatalogReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * SQLite. DDL is transactional, so a failed revision leaves nothing behind. Types are chosen so that SQLite's
 * type affinity keeps values as written: JSON and UUIDs are TEXT (a declared {@code JSON} type would have NUMERIC
 * affinity and turn the document {@code 123} into a number).
 *
 * <p>What SQLite's ALTER TABLE cannot do (change a column's type, nullability or default; add or drop a constraint)
 * rebuilds the table following SQLite's own procedure, reading its current definition from the live connection, or
 * offline from the replayed revision history; {@link #runHooks} keeps foreign-key actions from firing while it does.
 */
public final class SqliteDialect extends AnsiDialect {

    @Override
    public String name() {
        return "sqlite";
    }

    /** As {@code sqlite3} reads a file, by the same lexer that splits {@code op.execute} texts (see {@link Statements}). */
    @Override
    public List<String> splitStatements(String script) {
        return Statements.split(script);
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

    /**
     * The declared type of each kind. The new kinds are declared under names that keep SQLite's affinity and read
     * back as written: {@code REAL}, {@code CHAR(n)}, {@code TIMESTAMPTZ}/{@code TIMETZ} (NUMERIC affinity, as
     * TIMESTAMP and TIME have), {@code INTEGER UNSIGNED} (INTEGER affinity; SQLite enforces no range, and only a
     * column declared exactly {@code INTEGER} is the rowid alias, so an auto-increment key stays signed). An
     * enumeration is TEXT, its values enforced by a column CHECK the renderer adds.
     */
    @Override
    public String typeSql(ColumnType type) {
        String base = switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIG_INTEGER -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT, JSON, ENUM -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "DOUBLE";
            case REAL -> "REAL";
            case DATE -> "DATE";
            case TIME -> type.timeZone() ? "TIMETZ" : "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMPTZ" : "TIMESTAMP";
            case BINARY -> "BLOB"; // of any length: SQLite checks no length, so binary(n) is a BLOB too
            case UUID -> "VARCHAR(36)";
            case ARRAY -> throw TypeRefusals.refuse(name(), type,
                    "SQLite has no array types. Use json() and store the array as a JSON document");
            case CUSTOM -> TypeRefusals.customSpelling(name(), type);
        };
        return type.unsigned() ? base + " UNSIGNED" : base;
    }

    /**
     * UUID as {@code STRING(36)}, JSON as {@code TEXT} and {@code binary(n)} as {@code binary()}: {@link #typeSql}
     * writes them as {@code VARCHAR(36)}, {@code TEXT} and {@code BLOB}, so their declared types cannot be told from
     * those of a string, a text and an unbounded binary column; an enumeration keeps its values (from its CHECK) but
     * not its type name, which SQLite does not keep; a custom type reads back as its declared name does
     * ({@link DeclaredTypes}). Every other kind reads back as declared. (An auto-incrementing key is the exception a
     * type cannot express: SQLite's rowid alias must be declared {@code INTEGER}, so such a key of any integer kind
     * reads back as INTEGER.)
     */
    @Override
    public ColumnType reflectedType(ColumnType declared) {
        return switch (declared.kind()) {
            case UUID -> new ColumnType(ColumnType.Kind.STRING, 36, null, null);
            case JSON -> ColumnType.of(ColumnType.Kind.TEXT);
            case BINARY -> ColumnType.of(ColumnType.Kind.BINARY);
            case ENUM -> declared.withName(null);
            case CUSTOM -> DeclaredTypes.of(TypeRefusals.customSpelling(name(), declared)).withNativeName(null);
            default -> declared;
        };
    }

    /** An auto-incrementing key is SQLite's rowid alias, which must be declared INTEGER whatever its kind. */
    @Override
    public ColumnType reflectedType(ColumnType declared, boolean autoIncrement) {
        return autoIncrement && declared.kind().isInteger() ? ColumnType.of(ColumnType.Kind.INTEGER)
                : reflectedType(declared);
    }

    /**
     * {@code table} quoted; a schema is refused. SQLite's schemas are the databases a connection attaches, which
     * Loquent cannot configure, so {@code main.items} would name a table no other run could rely on.
     */
    @Override
    public String quoteTable(String table) {
        TableName name = TableName.parse(table);
        if (name.qualified()) {
            throw new NotSupportedException(name(), "use table '" + table + "'", "SQLite has no schemas Loquent can"
                    + " configure (attached databases belong to one connection). Name the table without a schema,"
                    + " for example '" + name.schema() + "_" + name.name() + "', or use a separate database file");
        }
        return quote(table);
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

    /** Dates and times are bound as the same ISO-8601 text their literals hold, which SQLite's date functions read. */
    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDateTime t) {
            statement.setString(index, text(t));
        } else if (value instanceof LocalDate || value instanceof LocalTime) {
            statement.setString(index, value instanceof LocalTime t ? t.format(DateTimeFormatter.ISO_LOCAL_TIME)
                    : value.toString());
        } else {
            super.bind(statement, index, value);
        }
    }

    /**
     * {@code ISO_LOCAL_DATE + " " + ISO_LOCAL_TIME}, written out by hand for the years 0 to 9999: the formatters cost
     * each run some 40 ms the first thousand times, and every revision's history row has a timestamp (issue #13).
     * Seconds always, then the fraction with as many digits as it needs, as {@code ISO_LOCAL_TIME} writes them.
     */
    static String text(LocalDateTime t) {
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + t.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        StringBuilder b = new StringBuilder(29);
        digits(b, t.getYear(), 4).append('-');
        digits(b, t.getMonthValue(), 2).append('-');
        digits(b, t.getDayOfMonth(), 2).append(' ');
        digits(b, t.getHour(), 2).append(':');
        digits(b, t.getMinute(), 2).append(':');
        digits(b, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano > 0) {
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            digits(b.append('.'), nano, width);
        }
        return b.toString();
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(text);
    }

    /** SQLITE_READONLY (8) and SQLITE_AUTH (23), with their extended codes. */
    @Override
    public boolean refusesChanges(SQLException failure) {
        int code = failure.getErrorCode() & 0xFF;
        return code == 8 || code == 23 || super.refusesChanges(failure);
    }

    /**
     * SQLite's own locks last one transaction, and each revision commits on its own, so the migration lock is an
     * operating-system lock on a file beside the database, released by the OS when the holder's process ends.
     */
    @Override
    public MigrationLock lock(LockRequest request) {
        return FileLock.acquire(request);
    }

    /**
     * Online: foreign-key enforcement off for the run (so that a table rebuild fires no ON DELETE action) and a
     * {@code PRAGMA foreign_key_check} before each revision commits; offline: enforcement off at the start of the
     * script, for the rebuilds in it.
     */
    /**
     * The URL as given. Before the first connection, points sqlite-jdbc at a copy of its native library kept in the
     * user's cache folder, so that a start does not extract it again ({@link NativeLibrary}).
     */
    @Override
    public String connectionUrl(String url) {
        NativeLibrary.prepare();
        return url;
    }

    @Override
    public String driverClass(String url) {
        return "org.sqlite.JDBC";
    }

    @Override
    public RunHooks runHooks(RenderContext context) {
        return context.connection().map(SqliteRunHooks::on).orElseGet(SqliteRunHooks::offline);
    }

    /**
     * The main database's tables and views, read with six catalogue queries whatever their number; constraint names
     * come from each table's {@code CREATE TABLE} text, the only place SQLite keeps them. SQLite has no comments.
     */
    @Override
    public Schema reflect(Connection connection, Set<String> exclude) throws SQLException {
        return SqliteCatalogReader.read(connection, exclude);
    }

    /** SQLite keeps no comments: a model's comments are not expected back. */
    @Override
    public boolean keepsComments() {
        return false;
    }

    @Override
    protected AnsiRenderer renderer(RenderContext context) {
        return new SqliteRenderer(this, context);
    }
}
