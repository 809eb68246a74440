package io.loquent.dialect.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
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
        assertThat(type("enum", "enum('a','b')")).isEqualTo(ColumnType.of(Kind.TEXT).withNativeName("enum('a','b')"));
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
}
