package com.example.loquent.h2;

import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.TypeRefusals;
import io.loquent.api.schema.ColumnType;

/**
 * The H2 database (2.x) for Loquent: an example of a third-party dialect. It extends {@link AnsiDialect}, whose
 * standard SQL H2 speaks, and says only what H2 does otherwise: its type names, that its DDL commits at once, and
 * its migration lock, since H2 has no advisory locks. {@link java.util.ServiceLoader} finds it through
 * {@code META-INF/services/io.loquent.api.dialect.Dialect}.
 */
public final class H2Dialect extends AnsiDialect {
    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** H2 accepts names of up to 256 characters. */
    @Override
    public IdentifierLimit maxIdentifierLength() {
        return IdentifierLimit.characters(256);
    }

    @Override
    public String typeSql(ColumnType type) {
        if (type.unsigned()) {
            throw TypeRefusals.refuse(name(), type, "H2 has no unsigned integers. Use the next wider type with a"
                    + " check (column >= 0)");
        }
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIG_INTEGER -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "CLOB";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> type.timeZone() ? "TIME WITH TIME ZONE" : "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
            case REAL -> "REAL";
            case CHAR -> "CHAR(" + type.length() + ")";
            case ENUM -> "ENUM(" + String.join(", ", type.values().stream().map(this::literal).toList()) + ")";
            case ARRAY -> typeSql(type.element()) + " ARRAY";
            case CUSTOM -> TypeRefusals.customSpelling(name(), type);
            // BINARY(n) pads shorter values with zero bytes; VARBINARY keeps the bytes given.
            case BINARY -> type.length() == null ? "VARBINARY" : "VARBINARY(" + type.length() + ")";
            case UUID -> "UUID";
            // H2's JSON type reads a string parameter as a JSON string ("..."), not as the document it holds, so
            // JSON is kept as the text the revision wrote.
            case JSON -> "CLOB";
        };
    }

    /** H2 commits each DDL statement at once, so a failed revision leaves what ran before it. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        return H2RowLock.acquire(request);
    }
}
