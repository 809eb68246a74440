package io.loquent.dialect.mysql.internal;

import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.DefaultValue;
import io.loquent.dialect.mysql.MySqlDialect;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column as MySQL's column definition states it, everything that {@code MODIFY COLUMN} must restate so as not to
 * lose it. {@code type} and {@code nullable} are null when unknown (offline, where the history
 * cannot tell them and the user did not give them).
 *
 * @param type          the SQL type, as {@code typeSql} renders it or as information_schema reports it
 * @param collation     the column's collation when it must be restated (an unchanged string column), or null
 * @param nullable      whether NULL is allowed, or null when unknown
 * @param defaultSql    the expression after DEFAULT, or null for none
 * @param onUpdate      the expression after ON UPDATE, or null for none
 * @param autoIncrement whether the column is AUTO_INCREMENT
 * @param comment       the comment, or null for none
 * @param generation    {@code GENERATED ALWAYS AS (…) STORED|VIRTUAL} for a generated column, or null
 */
public record ColumnState(String type, String collation, Boolean nullable, String defaultSql, String onUpdate,
                          boolean autoIncrement, String comment, String generation) {

    /** Nothing known: offline without a known table, before the user's {@code existing…} fields are laid over it. */
    static final ColumnState UNKNOWN = new ColumnState(null, null, null, null, null, false, null, null);

    private static final String NOW = "(?:current_timestamp|now|localtime|localtimestamp)\\s*(?:\\(\\s*\\d?\\s*\\))?";
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile(NOW + "(?:\\s+on\\s+update\\s+" + NOW + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_UPDATE = Pattern.compile("on update (" + NOW + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LARGE_OBJECT = Pattern.compile("(?:tiny|medium|long)?(?:text|blob)|json",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code expression} is {@code CURRENT_TIMESTAMP} or a synonym, with an optional precision and
     * {@code ON UPDATE} part: the only expressions MySQL takes bare after DEFAULT.
     */
    public static boolean isCurrentTimestamp(String expression) {
        return CURRENT_TIMESTAMP.matcher(expression.trim()).matches();
    }

    /** A column about to be created. */
    static ColumnState of(Column column, MySqlDialect dialect) {
        String type = dialect.typeSql(column.type());
        return new ColumnState(type, null, column.nullable(),
                column.defaultValue() == null ? null : defaultSql(dialect, type, column.defaultValue()),
                null, column.autoIncrement(), column.comment(), column.generated() == null ? null
                : AnsiRenderer.generationSql(column.generated()));
    }

    /**
     * A column as information_schema.COLUMNS reports it. MariaDB (10.2.7+) reports COLUMN_DEFAULT as SQL, with
     * strings quoted and {@code NULL} for "default null"; MySQL reports a literal's bare value and marks an
     * expression with {@code DEFAULT_GENERATED} in EXTRA.
     */
    static ColumnState fromCatalog(String columnType, boolean nullable, String columnDefault, String extra,
                                   String comment, String collation, boolean mariaDb, MySqlDialect dialect) {
        String lowerExtra = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        String defaultSql;
        if (columnDefault == null || mariaDb && columnDefault.equalsIgnoreCase("NULL")) {
            defaultSql = null;
        } else if (mariaDb && isQuoted(columnDefault)) {
            defaultSql = dialect.literal(unquote(columnDefault));
        } else if (mariaDb || lowerExtra.contains("default_generated") || isCurrentTimestamp(columnDefault)) {
            defaultSql = expression(columnDefault);
        } else {
            defaultSql = dialect.literal(columnDefault);
        }
        Matcher onUpdate = ON_UPDATE.matcher(lowerExtra);
        return new ColumnState(columnType, collation, nullable, defaultSql, onUpdate.find() ? onUpdate.group(1) : null,
                lowerExtra.contains("auto_increment"), comment == null || comment.isEmpty() ? null : comment, null);
    }

    private static boolean isQuoted(String sql) {
        return sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'");
    }

    /**
     * The value of a string default as MariaDB reports it: quoted, with quotes doubled and backslash escapes written
     * for the default sql_mode whatever the session's mode. Restating that text as it is would store a different
     * value under {@code NO_BACKSLASH_ESCAPES}, so it is read back to the value and written again as a literal.
     */
    static String unquote(String sql) {
        StringBuilder value = new StringBuilder(sql.length());
        for (int i = 1; i < sql.length() - 1; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '\\') {
                char next = sql.charAt(++i);
                value.append(c == '\'' ? '\'' : switch (next) {
                    case '0' -> '\0';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'Z' -> (char) 26;
                    default -> next;
                });
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static String expression(String sql) {
        boolean bare = isCurrentTimestamp(sql) || sql.startsWith("'") || sql.startsWith("(")
                || NUMBER.matcher(sql).matches();
        return bare ? sql : "(" + sql + ")";
    }

    /**
     * The expression after DEFAULT for a column of SQL type {@code type} (null when unknown). MySQL refuses literal
     * defaults on TEXT, BLOB and JSON columns but takes them as expressions, in parentheses.
     */
    static String defaultSql(MySqlDialect dialect, String type, DefaultValue value) {
        String sql = dialect.defaultSql(value);
        boolean largeObject = type != null && LARGE_OBJECT.matcher(type.trim()).matches();
        return largeObject && value instanceof DefaultValue.Literal ? "(" + sql + ")" : sql;
    }

    /** This state with the user's {@code existingType} and {@code existingNullable}, when given, laid over it. */
    ColumnState withExisting(AlterColumn op, MySqlDialect dialect) {
        return new ColumnState(op.existingType() == null ? type : dialect.typeSql(op.existingType()), collation,
                op.existingNullable() == null ? nullable : op.existingNullable(), defaultSql, onUpdate, autoIncrement,
                comment, generation);
    }

    /** The column after {@code op}; a new type drops the old collation, which belonged to the old type. */
    ColumnState apply(AlterColumn op, MySqlDialect dialect) {
        String newType = op.newType() == null ? type : dialect.typeSql(op.newType());
        String newDefault = op.defaultChange() == null ? defaultSql
                : op.defaultChange().newDefault().map(d -> defaultSql(dialect, newType, d)).orElse(null);
        return new ColumnState(newType, op.newType() == null ? collation : null,
                op.nullable() == null ? nullable : op.nullable(), newDefault, onUpdate, autoIncrement,
                op.comment() == null ? comment : op.comment(), generation);
    }

    /** The definition after the column name; {@code type} and {@code nullable} must be known. */
    String definition(MySqlDialect dialect, CommentText comments) {
        StringBuilder sql = new StringBuilder(type);
        if (collation != null) {
            sql.append(" COLLATE ").append(dialect.quote(collation));
        }
        if (generation != null) {
            sql.append(' ').append(generation);
        }
        if (!nullable) {
            sql.append(" NOT NULL");
        } else if (type.toLowerCase(Locale.ROOT).startsWith("timestamp")) {
            // said outright: where explicit_defaults_for_timestamp is off, a TIMESTAMP column is NOT NULL unless
            // declared NULL, and the first one defaults to CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
            sql.append(" NULL");
        }
        if (defaultSql != null) {
            sql.append(" DEFAULT ").append(defaultSql);
        }
        if (onUpdate != null) {
            sql.append(" ON UPDATE ").append(onUpdate);
        }
        if (autoIncrement) {
            sql.append(" AUTO_INCREMENT");
        }
        if (comment != null) {
            sql.append(" COMMENT ").append(comments.literal(comment));
        }
        return sql.toString();
    }
}
