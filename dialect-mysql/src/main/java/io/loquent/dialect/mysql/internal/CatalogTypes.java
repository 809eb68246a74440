package io.loquent.dialect.mysql.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The inverse of {@link io.loquent.dialect.mysql.MySqlDialect#typeSql} and {@code defaultSql}: a column's type and
 * default as information_schema.COLUMNS reports them, read back into the portable model. Native types with no
 * portable kind of their own take the closest one and keep their own name in {@link ColumnType#nativeName()}. Of the
 * byte types, the fixed-length {@code binary(n)} is {@code BINARY} of length n, as the dialect writes it; the others
 * ({@code varbinary(n)}, the blobs) are {@code BINARY} of any length.
 */
public final class CatalogTypes {
    private CatalogTypes() {
    }

    /**
     * The portable type of a column whose DATA_TYPE is {@code dataType} and COLUMN_TYPE is {@code columnType};
     * {@code json} says the column is MariaDB's JSON, which the catalogue reports as {@code longtext} with a
     * {@code json_valid} check.
     */
    static ColumnType type(String dataType, String columnType, Long length, Long precision, Long scale, boolean json) {
        String full = columnType.toLowerCase(Locale.ROOT);
        ColumnType type = switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint" -> ColumnType.of(full.startsWith("tinyint(1)") ? Kind.BOOLEAN : Kind.SMALL_INTEGER);
            case "smallint", "year" -> ColumnType.of(Kind.SMALL_INTEGER);
            case "mediumint", "int", "integer" -> ColumnType.of(Kind.INTEGER);
            case "bigint" -> ColumnType.of(Kind.BIG_INTEGER);
            case "bit" -> ColumnType.of(full.equals("bit(1)") ? Kind.BOOLEAN : Kind.BINARY);
            case "decimal", "numeric" -> new ColumnType(Kind.DECIMAL, null, precision.intValue(), scale.intValue());
            case "double", "real", "double precision" -> ColumnType.of(Kind.DOUBLE);
            case "float" -> ColumnType.of(Kind.REAL);
            case "char" -> full.equals("char(36)") ? ColumnType.of(Kind.UUID)
                    : new ColumnType(Kind.CHAR, length.intValue(), null, null);
            case "varchar" -> string(length);
            case "tinytext", "text", "mediumtext", "longtext" -> ColumnType.of(json ? Kind.JSON : Kind.TEXT);
            case "json" -> ColumnType.of(Kind.JSON);
            case "uuid" -> ColumnType.of(Kind.UUID);
            case "date" -> ColumnType.of(Kind.DATE);
            case "time" -> ColumnType.of(Kind.TIME);
            case "datetime" -> ColumnType.of(Kind.TIMESTAMP);
            case "timestamp" -> ColumnType.of(Kind.TIMESTAMP).withTimeZone(true);
            case "binary" -> new ColumnType(Kind.BINARY, length.intValue(), null, null);
            case "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(Kind.BINARY);
            case "enum" -> ColumnType.enumeration(null, EnumValues.of(columnType));
            // set, geometry, inet6 and the like: the database's own name, as a custom type declares it.
            default -> ColumnType.custom(full);
        };
        boolean unsigned = full.matches(".*\\bunsigned\\b.*") && type.kind().isInteger();
        return type.withUnsigned(unsigned).withNativeName(columnType);
    }

    /**
     * How the catalogue will read a {@code custom(spelling)} back, without a database: a spelling that names a type
     * of a portable kind ({@code varchar(255)}, {@code int unsigned}) is that type; any other is custom under its
     * name in lower case, as COLUMN_TYPE reports it ({@code inet6}, {@code set('a','b')}).
     */
    public static ColumnType declared(String spelling) {
        String full = spelling.trim().replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z ]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?"
                + "(?:\\s.*)?").matcher(full);
        if (!m.matches() || full.toLowerCase(Locale.ROOT).startsWith("enum")) {
            return ColumnType.custom(full.toLowerCase(Locale.ROOT));
        }
        Long first = m.group(2) == null ? null : Long.valueOf(m.group(2));
        Long second = m.group(3) == null ? null : Long.valueOf(m.group(3));
        String dataType = m.group(1).trim().toLowerCase(Locale.ROOT);
        boolean needsLength = dataType.equals("char") || dataType.equals("varchar") || dataType.equals("binary")
                || dataType.equals("decimal") || dataType.equals("numeric");
        if (needsLength && first == null) {
            return ColumnType.custom(full.toLowerCase(Locale.ROOT));
        }
        return type(dataType, full, first, first, second == null ? 0L : second, false).withNativeName(null);
    }

    private static ColumnType string(Long length) {
        return new ColumnType(Kind.STRING, length.intValue(), null, null);
    }

    /**
     * The default of a column of {@code type} from COLUMN_DEFAULT and EXTRA (see {@link ColumnState#fromCatalog} for
     * how MariaDB and MySQL report it), or null for none.
     */
    static DefaultValue defaultValue(String columnDefault, String extra, boolean mariaDb, ColumnType type) {
        if (columnDefault == null || mariaDb && columnDefault.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (ColumnState.isCurrentTimestamp(columnDefault)) {
            return new DefaultValue.CurrentTimestamp();
        }
        if (mariaDb) {
            if (columnDefault.length() >= 2 && columnDefault.startsWith("'") && columnDefault.endsWith("'")) {
                return literal(ColumnState.unquote(columnDefault), type.kind());
            }
            DefaultValue number = literal(columnDefault, type.kind());
            return ((DefaultValue.Literal) number).value() instanceof String
                    ? new DefaultValue.Sql(columnDefault) : number;
        }
        boolean expression = extra != null && extra.toLowerCase(Locale.ROOT).contains("default_generated");
        return expression ? new DefaultValue.Sql(columnDefault) : literal(columnDefault, type.kind());
    }

    /**
     * {@code text} as the Java value of {@code kind} where one is obvious (a date, time or timestamp as
     * {@code java.time}, as the dialect writes them), otherwise as the string it is.
     */
    private static DefaultValue literal(String text, Kind kind) {
        Object value;
        try {
            value = switch (kind) {
                case BOOLEAN -> text.equals("1") ? Boolean.TRUE : text.equals("0") ? Boolean.FALSE : text;
                case INTEGER, SMALL_INTEGER -> Integer.valueOf(text);
                case BIG_INTEGER -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case DOUBLE, REAL -> Double.valueOf(text);
                case UUID -> UUID.fromString(text);
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
                default -> text;
            };
        } catch (IllegalArgumentException | DateTimeParseException notThatKind) {
            value = text;
        }
        return new DefaultValue.Literal(value);
    }
}
