package io.loquent.jpa.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

/**
 * The portable type of a column from the Java type EclipseLink's table generator gives it (after converters: an enum
 * by name is a {@code String}, by ordinal an {@code Integer}; a {@code @Lob} string a {@code Character[]}, a
 * {@code @Lob} byte array a {@code Byte[]}; {@code @Temporal} dates are {@code java.sql} types).
 *
 * <p>A string's length defaults to 255, as in JPA. A {@code BigDecimal} without a precision is
 * {@code decimal(38, 2)}: JPA leaves the default to the provider and EclipseLink's DDL would write {@code DECIMAL(38)},
 * whose scale of 0 rounds every fraction away; 38 digits is the largest precision MySQL allows and 2 keeps cents.
 * A {@code BigInteger} is {@code decimal(38, 0)} (or its given precision).
 *
 * <p>A {@code UUID} is {@code uuid()}, except where the platform's own DDL type for it is {@code BINARY}
 * (MySQL's and MariaDB's platforms, {@code BINARY(16)}): there EclipseLink binds a UUID as its 16 bytes, which a
 * {@code CHAR(36)} column refuses, so the column is {@code binary(16)}. A byte array stays {@code binary()} whatever
 * its {@code @Column(length)}: that length is a maximum, and a fixed-length {@code BINARY(n)} would pad shorter
 * values with zero bytes.
 */
final class ColumnTypes {
    /** JPA's default length of a string column. */
    static final int DEFAULT_LENGTH = 255;
    /** The precision of a decimal column whose mapping gives none. */
    static final int DEFAULT_PRECISION = 38;
    /** The scale of a {@code BigDecimal} column whose mapping gives no precision. */
    static final int DEFAULT_SCALE = 2;

    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(Boolean.class, Kind.BOOLEAN),
            Map.entry(Integer.class, Kind.INTEGER),
            Map.entry(Long.class, Kind.BIG_INTEGER),
            Map.entry(Short.class, Kind.SMALL_INTEGER),
            Map.entry(Byte.class, Kind.SMALL_INTEGER),
            Map.entry(Float.class, Kind.DOUBLE),
            Map.entry(Double.class, Kind.DOUBLE),
            Map.entry(Character[].class, Kind.TEXT),
            Map.entry(char[].class, Kind.TEXT),
            Map.entry(java.sql.Clob.class, Kind.TEXT),
            Map.entry(byte[].class, Kind.BINARY),
            Map.entry(Byte[].class, Kind.BINARY),
            Map.entry(java.sql.Blob.class, Kind.BINARY),
            Map.entry(java.sql.Date.class, Kind.DATE),
            Map.entry(java.time.LocalDate.class, Kind.DATE),
            Map.entry(java.sql.Time.class, Kind.TIME),
            Map.entry(java.time.LocalTime.class, Kind.TIME),
            Map.entry(java.time.OffsetTime.class, Kind.TIME),
            Map.entry(java.sql.Timestamp.class, Kind.TIMESTAMP),
            Map.entry(java.time.LocalDateTime.class, Kind.TIMESTAMP),
            Map.entry(java.time.Instant.class, Kind.TIMESTAMP),
            Map.entry(java.time.OffsetDateTime.class, Kind.TIMESTAMP),
            Map.entry(java.time.ZonedDateTime.class, Kind.TIMESTAMP),
            Map.entry(java.util.Date.class, Kind.TIMESTAMP),
            Map.entry(java.util.Calendar.class, Kind.TIMESTAMP));

    /** The bytes of a UUID. */
    private static final int UUID_BYTES = 16;

    private final ColumnType uuid;

    private ColumnTypes(ColumnType uuid) {
        this.uuid = uuid;
    }

    /** The types of columns as {@code platform} stores them. */
    static ColumnTypes on(Platform platform) {
        FieldDefinition.DatabaseType own = platform instanceof DatabasePlatform database
                ? database.getDatabaseTypes().get(UUID.class) : null;
        boolean bytes = own != null && own.name().equalsIgnoreCase("BINARY");
        return new ColumnTypes(bytes ? new ColumnType(Kind.BINARY, UUID_BYTES, null, null) : ColumnType.of(Kind.UUID));
    }

    /**
     * The type of a column of Java type {@code type} with EclipseLink's size and sub-size (length, or precision and
     * scale; 0 when not given), or null when the type has no portable kind.
     */
    ColumnType of(Class<?> type, int size, int subSize) {
        if (type == String.class) {
            return new ColumnType(Kind.STRING, size > 0 ? size : DEFAULT_LENGTH, null, null);
        }
        if (type == Character.class) {
            return new ColumnType(Kind.STRING, size > 0 ? size : 1, null, null);
        }
        if (type == BigDecimal.class) {
            return size > 0 ? decimal(size, subSize) : decimal(DEFAULT_PRECISION, DEFAULT_SCALE);
        }
        if (type == BigInteger.class) {
            return decimal(size > 0 ? size : DEFAULT_PRECISION, 0);
        }
        if (type == UUID.class) {
            return uuid;
        }
        Kind kind = KINDS.get(type);
        return kind == null ? null : ColumnType.of(kind);
    }

    static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, null, precision, Math.min(Math.max(scale, 0), precision));
    }
}
