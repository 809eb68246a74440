package io.loquent.dialect.postgres.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;

/**
 * The portable type of a column read from {@code pg_attribute}: the inverse of
 * {@link io.loquent.dialect.postgres.PostgresDialect#typeSql}, from the type's {@code pg_type.typname} and the
 * column's {@code atttypmod}. The native name is always kept, so that a comparison can tell {@code timestamptz} from
 * {@code timestamp} even where both read as {@link Kind#TIMESTAMP}.
 *
 * <p>Types the DSL cannot write get the nearest kind: {@code float4} is {@code DOUBLE}, {@code bpchar(n)} is
 * {@code STRING(n)}, {@code timetz} and {@code timestamptz} are {@code TIME} and {@code TIMESTAMP}, {@code json} is
 * {@code JSON}, {@code varchar} without a length is {@code TEXT}; {@code numeric} without a precision, arrays, enums,
 * domains and every other type are {@code TEXT}, the kind that holds any value's text.
 */
final class CatalogTypes {
    /** {@code atttypmod} of varchar and numeric carries this header (VARHDRSZ) before the length. */
    private static final int TYPMOD_HEADER = 4;

    private CatalogTypes() {
    }

    /** The type of a column of type {@code typname} with modifier {@code typmod} (-1 for none). */
    static ColumnType of(String typname, int typmod) {
        ColumnType type = switch (typname) {
            case "int4" -> ColumnType.of(Kind.INTEGER);
            case "int8" -> ColumnType.of(Kind.BIG_INTEGER);
            case "int2" -> ColumnType.of(Kind.SMALL_INTEGER);
            case "varchar", "bpchar" -> typmod > TYPMOD_HEADER
                    ? new ColumnType(Kind.STRING, typmod - TYPMOD_HEADER, null, null) : ColumnType.of(Kind.TEXT);
            case "bool" -> ColumnType.of(Kind.BOOLEAN);
            case "numeric" -> numeric(typmod);
            case "float8", "float4" -> ColumnType.of(Kind.DOUBLE);
            case "date" -> ColumnType.of(Kind.DATE);
            case "time", "timetz" -> ColumnType.of(Kind.TIME);
            case "timestamp", "timestamptz" -> ColumnType.of(Kind.TIMESTAMP);
            case "bytea" -> ColumnType.of(Kind.BINARY);
            case "uuid" -> ColumnType.of(Kind.UUID);
            case "jsonb", "json" -> ColumnType.of(Kind.JSON);
            default -> ColumnType.of(Kind.TEXT);
        };
        return type.withNativeName(typname);
    }

    /**
     * {@code numeric(p, s)}: precision in the high 16 bits of the modifier, scale in the low ones. A negative scale
     * (PostgreSQL 15) or no precision at all has no portable decimal, so it reads as text.
     */
    private static ColumnType numeric(int typmod) {
        if (typmod < TYPMOD_HEADER) {
            return ColumnType.of(Kind.TEXT);
        }
        int precision = ((typmod - TYPMOD_HEADER) >> 16) & 0xFFFF;
        int scale = (typmod - TYPMOD_HEADER) & 0xFFFF;
        return scale <= precision ? new ColumnType(Kind.DECIMAL, null, precision, scale) : ColumnType.of(Kind.TEXT);
    }
}
