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
final class CatalogTypes {
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
            case "double", "float", "real", "double precision" -> ColumnType.of(Kind.DOUBLE);
            case "char" -> full.equals("char(36)") ? ColumnType.of(Kind.UUID) : string(length);
            case "varchar" -> string(length);
            case "tinytext", "text", "mediumtext", "longtext" -> ColumnType.of(json ? Kind.JSON : Kind.TEXT);
            case "json" -> ColumnType.of(Kind.JSON);
            case "uuid" -> ColumnType.of(Kind.UUID);
            case "date" -> ColumnType.of(Kind.DATE);
            case "time" -> ColumnType.of(Kind.TIME);
            case "datetime", "timestamp" -> ColumnType.of(Kind.TIMESTAMP);
            case "binary" -> new ColumnType(Kind.BINARY, length.intValue(), null, null);
            case "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(Kind.BINARY);
            // enum, set, geometry, inet6 and the like: their text form is what a portable reader sees.
            default -> ColumnType.of(Kind.TEXT);
        };
        return type.withNativeName(columnType);
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
                case DOUBLE -> Double.valueOf(text);
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
