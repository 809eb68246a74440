package io.loquent.dialect.postgres.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import java.util.List;
import java.util.Locale;

/**
 * The portable type of a column read from {@code pg_attribute}: the inverse of
 * {@link io.loquent.dialect.postgres.PostgresDialect#typeSql}, from the type's {@code pg_type.typname} and the
 * column's {@code atttypmod}. The native name is always kept, so that a comparison can tell {@code int4} from
 * {@code int8} where a model is less precise.
 *
 * <p>An enum type ({@code typtype 'e'}) reads as an enumeration of its labels, an array ({@code typcategory 'A'}) as
 * an array of its element; a type with no portable kind (citext, inet, a domain, {@code numeric} without digits)
 * reads as {@code custom(name)} under the name {@code format_type} gives it, which is how a declared custom type is
 * compared ({@link #declared}). {@code bpchar} is {@code CHAR(n)}, {@code float4} {@code REAL}; {@code json} is
 * {@code JSON}, {@code varchar} without a length is {@code TEXT}.
 */
public final class CatalogTypes {
    /** {@code atttypmod} of varchar and numeric carries this header (VARHDRSZ) before the length. */
    private static final int TYPMOD_HEADER = 4;

    private CatalogTypes() {
    }

    /**
     * A column's type as the catalogue gives it.
     *
     * @param typname     {@code pg_type.typname}
     * @param typmod      {@code atttypmod}, -1 for none
     * @param typtype     {@code pg_type.typtype} ('e' for an enum)
     * @param formatted   {@code format_type(atttypid, atttypmod)}
     * @param elementName an array's element {@code typname}, otherwise null
     * @param elementType an array's element {@code typtype}, otherwise null
     * @param labels      the enum's (or the array element enum's) labels in order, otherwise empty
     */
    record Row(String typname, int typmod, String typtype, String formatted, String elementName, String elementType,
               List<String> labels) {
    }

    /** The type of a column described by {@code row}. */
    static ColumnType of(Row row) {
        ColumnType type;
        if ("e".equals(row.typtype())) {
            type = ColumnType.enumeration(row.typname(), row.labels());
        } else if (row.elementName() != null) {
            String element = row.formatted().endsWith("[]")
                    ? row.formatted().substring(0, row.formatted().length() - 2) : row.formatted();
            type = ColumnType.array("e".equals(row.elementType()) ? ColumnType.enumeration(row.elementName(), row.labels())
                    : plain(row.elementName(), row.typmod(), element));
        } else {
            type = plain(row.typname(), row.typmod(), row.formatted());
        }
        return type.withNativeName(row.typname());
    }

    /**
     * How the catalogue will read a {@code custom(spelling)} back, without a database: a spelling that is a type's
     * own name ({@code uuid}, {@code int4}) is that type; any other is custom under its name in lower case with
     * single spaces, as {@code format_type} prints it. Spell a custom type as PostgreSQL prints it ({@code citext},
     * {@code character varying(10)}) so that {@code check} finds no drift.
     */
    public static ColumnType declared(String spelling) {
        String normal = spelling.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return plain(normal, -1, normal);
    }

    private static ColumnType plain(String typname, int typmod, String formatted) {
        return switch (typname) {
            case "int4" -> ColumnType.of(Kind.INTEGER);
            case "int8" -> ColumnType.of(Kind.BIG_INTEGER);
            case "int2" -> ColumnType.of(Kind.SMALL_INTEGER);
            case "varchar" -> typmod > TYPMOD_HEADER
                    ? new ColumnType(Kind.STRING, typmod - TYPMOD_HEADER, null, null) : ColumnType.of(Kind.TEXT);
            case "bpchar" -> typmod > TYPMOD_HEADER
                    ? new ColumnType(Kind.CHAR, typmod - TYPMOD_HEADER, null, null) : ColumnType.custom(formatted);
            case "text" -> ColumnType.of(Kind.TEXT);
            case "bool" -> ColumnType.of(Kind.BOOLEAN);
            case "numeric" -> numeric(typmod, formatted);
            case "float8" -> ColumnType.of(Kind.DOUBLE);
            case "float4" -> ColumnType.of(Kind.REAL);
            case "date" -> ColumnType.of(Kind.DATE);
            case "time" -> ColumnType.of(Kind.TIME);
            case "timetz" -> ColumnType.of(Kind.TIME).withTimeZone(true);
            case "timestamp" -> ColumnType.of(Kind.TIMESTAMP);
            case "timestamptz" -> ColumnType.of(Kind.TIMESTAMP).withTimeZone(true);
            case "bytea" -> ColumnType.of(Kind.BINARY);
            case "uuid" -> ColumnType.of(Kind.UUID);
            case "jsonb", "json" -> ColumnType.of(Kind.JSON);
            default -> ColumnType.custom(formatted);
        };
    }

    /**
     * {@code numeric(p, s)}: precision in the high 16 bits of the modifier, scale in the low ones. A negative scale
     * (PostgreSQL 15) or no precision at all has no portable decimal, so it reads as custom.
     */
    private static ColumnType numeric(int typmod, String formatted) {
        if (typmod < TYPMOD_HEADER) {
            return ColumnType.custom(formatted);
        }
        int precision = ((typmod - TYPMOD_HEADER) >> 16) & 0xFFFF;
        int scale = (typmod - TYPMOD_HEADER) & 0xFFFF;
        return scale <= precision ? new ColumnType(Kind.DECIMAL, null, precision, scale) : ColumnType.custom(formatted);
    }
}
