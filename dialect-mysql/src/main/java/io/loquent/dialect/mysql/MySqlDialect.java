package io.loquent.dialect.mysql;

import io.loquent.dialect.mysql.internal.MySqlSplitter;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.TypeRefusals;
import io.loquent.dialect.mysql.internal.CatalogTypes;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Schema;
import io.loquent.dialect.mysql.internal.ColumnState;
import io.loquent.dialect.mysql.internal.MySqlCatalogReader;
import io.loquent.dialect.mysql.internal.MySqlRenderer;
import io.loquent.dialect.mysql.internal.NamedLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * MySQL 8.0 and MariaDB 10.5 and later. What differs from standard SQL: backtick quoting, string literals written so
 * that no sql_mode changes their meaning, {@code 1}/{@code 0} for booleans, {@code AUTO_INCREMENT}, inline comments,
 * DDL that commits implicitly, and ALTER TABLE, which must restate a whole column to change it (see {@link MySqlRenderer}).
 *
 * <p>CREATE TABLE names no engine and no character set: InnoDB is the default engine, and the table takes the
 * database's character set and collation. Writing {@code DEFAULT CHARSET=utf8mb4} would also choose that charset's
 * default collation, which differs between MySQL and MariaDB and may differ from the collation of the database's
 * other tables; foreign keys and joins between string columns of different collations then fail or lose their
 * indexes. Create the database with {@code CHARACTER SET utf8mb4} instead.
 */
public class MySqlDialect extends AnsiDialect {
    private static final MySqlSplitter SPLITTER = new MySqlSplitter();

    @Override
    public String name() {
        return "mysql";
    }

    /** As the {@code mysql} shell reads a file: backslash escapes, {@code #} comments and {@code DELIMITER} lines. */
    @Override
    public List<String> splitStatements(String script) {
        return SPLITTER.split(script);
    }

    /**
     * A statement the {@code mysql} shell would split at its own semicolons (a procedure or trigger body) between
     * {@code DELIMITER //} and {@code DELIMITER ;} lines, as a person writes it.
     */
    @Override
    public String scriptStatement(String statement) {
        if (SPLITTER.split(statement).size() <= 1) {
            return statement + ";\n";
        }
        return "DELIMITER //\n" + statement + " //\nDELIMITER ;\n";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl != null && (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:"));
    }

    @Override
    public IdentifierLimit maxIdentifierLength() {
        return IdentifierLimit.characters(64);
    }

    /** MySQL commits before and after each DDL statement, so a failed revision cannot be rolled back. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /** A named lock ({@code GET_LOCK}) on the lock's own connection (see {@link NamedLock}). */
    @Override
    public MigrationLock lock(LockRequest request) {
        return NamedLock.acquire(request);
    }

    /**
     * The bundled MariaDB Connector/J serves {@code jdbc:mysql:} URLs only with {@code permitMysqlScheme}; MySQL's
     * own Connector/J ignores the property.
     */
    @Override
    public String connectionUrl(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme=true";
    }

    /** MariaDB Connector/J for its own scheme; a {@code jdbc:mysql:} URL is left to whichever driver the user added. */
    @Override
    public String driverClass(String url) {
        return url.startsWith("jdbc:mariadb:") ? "org.mariadb.jdbc.Driver" : null;
    }

    @Override
    public String quote(String identifier) {
        return '`' + checkedIdentifier(identifier).replace("`", "``") + '`';
    }

    /**
     * {@code 'text'} with quotes doubled when the text holds no backslash and no NUL; otherwise a hex literal with a
     * character-set introducer ({@code _utf8mb4 X'5C27'}). A backslash in a quoted literal means one thing under the
     * default sql_mode and another under {@code NO_BACKSLASH_ESCAPES}; the hex form means the same under both, so the
     * value arrives exactly and can never close the literal. COMMENT clauses take only quoted text: see
     * {@link #commentLiteral}.
     */
    @Override
    protected String stringLiteral(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\0') < 0) {
            return super.stringLiteral(text);
        }
        return "_utf8mb4 X'" + HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8)) + "'";
    }

    /**
     * The quoted text of a COMMENT clause, which takes no hex literal. Text without a backslash reads the same under
     * every sql_mode; a backslash is doubled unless the session runs with {@code NO_BACKSLASH_ESCAPES}, which the
     * caller has read from the session (offline it cannot know, and refuses such a comment).
     */
    public String commentLiteral(String text, boolean noBackslashEscapes) {
        return super.stringLiteral(noBackslashEscapes ? text : text.replace("\\", "\\\\"));
    }

    /** {@code 1} or {@code 0}: BOOLEAN is TINYINT(1) in MySQL. */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /** MariaDB stores some functions under its own names: {@code lower('X')} comes back {@code lcase('X')}. */
    @Override
    public String comparableExpression(String expression) {
        // the catalogue quotes the column names of a generated column's expression: `price` * `qty`
        return super.comparableExpression(expression).replaceAll("\\blcase\\(", "lower(")
                .replaceAll("\\bucase\\(", "upper(").replace("`", "");
    }

    /** {@code ADD COLUMN … FIRST} and {@code AFTER c} put the column there. */
    @Override
    public boolean placesColumns() {
        return true;
    }

    /**
     * No: the catalogue keeps only the table's next AUTO_INCREMENT value, which moves with every insert (and
     * increment and always are refused), so an identity column reads back as plain auto-increment.
     */
    @Override
    public boolean keepsIdentityOptions() {
        return false;
    }

    /**
     * The name as written: MySQL and MariaDB keep an unquoted name's case. (A server running with
     * {@code lower_case_table_names} set stores table names in lower case, quoted or not, and so does the catalogue
     * that reflection reads.)
     */
    @Override
    public String unquotedName(String identifier) {
        return identifier;
    }

    /**
     * Every kind reads back as declared: {@code CHAR(36)} is a UUID and {@code VARCHAR(36)} a string,
     * {@code TINYINT(1)} a boolean, {@code BINARY(n)} bytes of length n and {@code LONGBLOB} bytes of any length,
     * and MariaDB's JSON, a {@code LONGTEXT} to its catalogue, is told by its {@code json_valid} check (see
     * {@link MySqlCatalogReader}). But {@code character(36)}, written {@code CHAR(36)}, reads back as a UUID; an
     * enumeration reads back without a type name, which MySQL does not keep; and a custom type reads back as MySQL
     * names it ({@link CatalogTypes#declared}).
     */
    @Override
    public ColumnType reflectedType(ColumnType declared) {
        return switch (declared.kind()) {
            case CHAR -> declared.length() == 36 ? ColumnType.of(ColumnType.Kind.UUID) : declared;
            case ENUM -> declared.withName(null); // MySQL's ENUM belongs to its column and has no name
            case CUSTOM -> CatalogTypes.declared(TypeRefusals.customSpelling(name(), declared));
            default -> declared;
        };
    }

    @Override
    public String typeSql(ColumnType type) {
        String base = switch (type.kind()) {
            case INTEGER -> "INT";
            case BIG_INTEGER -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            // TEXT holds only 64 KiB; LONGTEXT holds what a text column holds elsewhere, at no cost in InnoDB.
            case TEXT -> "LONGTEXT";
            case BOOLEAN -> "TINYINT(1)";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "DOUBLE";
            case REAL -> "FLOAT";
            case DATE -> "DATE";
            case TIME -> {
                if (type.timeZone()) {
                    throw TypeRefusals.refuse(name(), type, "MySQL and MariaDB have no time with time zone. Use time()"
                            + " with the offset in a column of its own, or timestamp().withTimeZone()");
                }
                yield "TIME";
            }
            // DATETIME, not TIMESTAMP: no 2038 limit, no time-zone conversion, and DEFAULT CURRENT_TIMESTAMP works.
            // With time zone, TIMESTAMP: stored in UTC, read and written in the session's time zone.
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP" : "DATETIME";
            // binary(n) is fixed-length, as a UUID's 16 bytes are; binary() holds up to 4 GiB, as BYTEA and BLOB do.
            case BINARY -> type.length() == null ? "LONGBLOB" : "BINARY(" + type.length() + ")";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case ENUM -> "ENUM(" + String.join(", ", type.values().stream().map(this::literal).toList()) + ")";
            case ARRAY -> throw TypeRefusals.refuse(name(), type,
                    "MySQL and MariaDB have no array types. Use json() and store the array as a JSON document");
            case CUSTOM -> TypeRefusals.customSpelling(name(), type);
        };
        return type.unsigned() ? base + " UNSIGNED" : base;
    }

    /**
     * An expression default ({@link DefaultValue.Sql}) in parentheses, which MySQL 8.0.13+ and MariaDB 10.2+ require
     * for anything but a literal; {@code CURRENT_TIMESTAMP} and its synonyms (optionally with {@code ON UPDATE …})
     * stay bare, as they must on {@code DATETIME} columns.
     */
    @Override
    public String defaultSql(DefaultValue value) {
        if (value instanceof DefaultValue.Sql sql && !ColumnState.isCurrentTimestamp(sql.expression())) {
            return "(" + sql.expression() + ")";
        }
        return super.defaultSql(value);
    }

    /**
     * The server's read-only modes (1290: read_only/super_read_only, 1036: a read-only table) and missing privileges
     * (1044, 1142, 1227), which MySQL reports with the generic SQLStates {@code HY000} and {@code 42000}.
     */
    @Override
    public boolean refusesChanges(SQLException failure) {
        return switch (failure.getErrorCode()) {
            case 1290, 1036, 1044, 1142, 1227 -> true;
            default -> super.refusesChanges(failure);
        };
    }

    /**
     * Read from information_schema of the current database in five queries, and one more for MariaDB's sequences when
     * there are any (see {@link MySqlCatalogReader}).
     */
    @Override
    public Schema reflect(Connection connection, Set<String> exclude) throws SQLException {
        return new MySqlCatalogReader(connection, this).read(exclude);
    }

    /** As {@link #reflect(Connection, Set)}, with the tables of the databases {@code schemas}, named {@code db.table}. */
    @Override
    public Schema reflect(Connection connection, Set<String> exclude, Set<String> schemas) throws SQLException {
        return new MySqlCatalogReader(connection, this).read(exclude, schemas);
    }

    @Override
    protected AnsiRenderer renderer(RenderContext context) {
        return new MySqlRenderer(this, context);
    }
}
