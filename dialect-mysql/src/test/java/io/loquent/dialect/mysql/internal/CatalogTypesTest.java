package io.loquent.dialect.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Types and defaults as MySQL 8 reports them, which the ITs (run on MariaDB) do not reach: no display widths, a
 * native JSON type, bare literal defaults and expressions marked DEFAULT_GENERATED.
 */
class CatalogTypesTest {
    private static ColumnType type(String dataType, String columnType) {
        return CatalogTypes.type(dataType, columnType, null, null, null, false);
    }

    @Test
    void mySqlTypesWithoutDisplayWidthsMapToTheirKinds() {
        assertThat(type("int", "int")).isEqualTo(ColumnType.of(Kind.INTEGER).withNativeName("int"));
        assertThat(type("tinyint", "tinyint(1)").kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(type("tinyint", "tinyint").kind()).as("no width: not a boolean").isEqualTo(Kind.SMALL_INTEGER);
        assertThat(type("json", "json")).isEqualTo(ColumnType.of(Kind.JSON).withNativeName("json"));
        assertThat(type("enum", "enum('a','b''c','d\\\\e')")).isEqualTo(ColumnType.enumeration(null,
                java.util.List.of("a", "b'c", "d\\e")).withNativeName("enum('a','b''c','d\\\\e')"));
        assertThat(type("int", "int(10) unsigned")).isEqualTo(ColumnType.of(Kind.INTEGER).withUnsigned(true)
                .withNativeName("int(10) unsigned"));
        assertThat(type("float", "float")).isEqualTo(ColumnType.of(Kind.REAL).withNativeName("float"));
        assertThat(type("timestamp", "timestamp")).isEqualTo(ColumnType.of(Kind.TIMESTAMP).withTimeZone(true)
                .withNativeName("timestamp"));
        assertThat(type("set", "set('a','b')")).as("a type of no portable kind is custom, as MySQL names it")
                .isEqualTo(ColumnType.custom("set('a','b')").withNativeName("set('a','b')"));
    }

    @Test
    void fixedLengthBinaryKeepsItsLengthAndOtherBytesAreUnbounded() {
        assertThat(CatalogTypes.type("binary", "binary(16)", 16L, null, null, false))
                .isEqualTo(new ColumnType(Kind.BINARY, 16, null, null, "binary(16)"));
        assertThat(CatalogTypes.type("varbinary", "varbinary(16)", 16L, null, null, false))
                .isEqualTo(ColumnType.of(Kind.BINARY).withNativeName("varbinary(16)"));
        assertThat(CatalogTypes.type("longblob", "longblob", 4294967295L, null, null, false))
                .isEqualTo(ColumnType.of(Kind.BINARY).withNativeName("longblob"));
    }

    @Test
    void mySqlDefaultsAreBareValuesUnlessMarkedAsExpressions() {
        ColumnType bool = ColumnType.of(Kind.BOOLEAN);
        ColumnType text = ColumnType.of(Kind.TEXT);
        assertThat(CatalogTypes.defaultValue("1", "", false, bool)).isEqualTo(new DefaultValue.Literal(true));
        assertThat(CatalogTypes.defaultValue("it's", "", false, text)).isEqualTo(new DefaultValue.Literal("it's"));
        assertThat(CatalogTypes.defaultValue("uuid()", "DEFAULT_GENERATED", false, text))
                .isEqualTo(new DefaultValue.Sql("uuid()"));
        assertThat(CatalogTypes.defaultValue("CURRENT_TIMESTAMP", "DEFAULT_GENERATED", false, text))
                .isEqualTo(new DefaultValue.CurrentTimestamp());
        assertThat(CatalogTypes.defaultValue(null, "", false, text)).isNull();
    }

    @Test
    void dateAndTimeDefaultsAreTheirJavaTimeValuesOnBothServers() {
        ColumnType timestamp = ColumnType.of(Kind.TIMESTAMP);
        DefaultValue.Literal moment = new DefaultValue.Literal(LocalDateTime.of(2024, 2, 29, 12, 34, 56));
        assertThat(CatalogTypes.defaultValue("2024-02-29 12:34:56", "", false, timestamp)).isEqualTo(moment);
        assertThat(CatalogTypes.defaultValue("'2024-02-29 12:34:56'", "", true, timestamp)).isEqualTo(moment);
        assertThat(CatalogTypes.defaultValue("'2024-02-29'", "", true, ColumnType.of(Kind.DATE)))
                .isEqualTo(new DefaultValue.Literal(LocalDate.of(2024, 2, 29)));
        assertThat(CatalogTypes.defaultValue("12:34:56", "", false, ColumnType.of(Kind.TIME)))
                .isEqualTo(new DefaultValue.Literal(LocalTime.of(12, 34, 56)));
        assertThat(CatalogTypes.defaultValue("'0000-00-00'", "", true, ColumnType.of(Kind.DATE)))
                .as("MySQL's zero date has no java.time value").isEqualTo(new DefaultValue.Literal("0000-00-00"));
    }
}
