package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.Types;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for the column types beyond the first fourteen kinds on MySQL and MariaDB. */
class MySqlTypesTest {
    private final MySqlDialect dialect = new MySqlDialect();

    @Test
    void eachNewTypeHasItsMySqlSpelling() {
        assertThat(dialect.typeSql(Types.real().type())).isEqualTo("FLOAT");
        assertThat(dialect.typeSql(Types.floatType(10).type())).isEqualTo("FLOAT");
        assertThat(dialect.typeSql(Types.floatType(53).type())).isEqualTo("DOUBLE");
        assertThat(dialect.typeSql(Types.character(3).type())).isEqualTo("CHAR(3)");
        assertThat(dialect.typeSql(Types.timestamp().withTimeZone().type())).isEqualTo("TIMESTAMP");
        assertThat(dialect.typeSql(Types.integer().unsigned().type())).isEqualTo("INT UNSIGNED");
        assertThat(dialect.typeSql(Types.bigInteger().unsigned().type())).isEqualTo("BIGINT UNSIGNED");
        assertThat(dialect.typeSql(Types.smallInteger().unsigned().type())).isEqualTo("SMALLINT UNSIGNED");
        assertThat(dialect.typeSql(Types.enumeration("mood", "happy", "it's").type()))
                .isEqualTo("ENUM('happy', 'it''s')");
        assertThat(dialect.typeSql(Types.custom("citext").on("mysql", "varchar(255)").type())).isEqualTo("varchar(255)");
        assertThat(dialect.typeSql(Types.custom("inet6").type())).isEqualTo("inet6");
    }

    @Test
    void aTimestampWithTimeZoneSaysNullOutrightSoNoImplicitDefaultApplies() {
        CreateTable create = new CreateTable("events", List.of(
                new Column("at", Types.timestamp().withTimeZone().type(), true, false, null, null),
                new Column("seen", Types.timestamp().withTimeZone().type(), false, false, null, null)), List.of(), null);
        assertThat(dialect.render(create, RenderContext.offline()).get(0))
                .contains("`at` TIMESTAMP NULL,", "`seen` TIMESTAMP NOT NULL\n");
    }

    @Test
    void timeWithTimeZoneAndArraysAreRefusedWithAnAlternative() {
        assertThatThrownBy(() -> dialect.typeSql(Types.time().withTimeZone().type()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot declare a column of type time with time zone: MySQL and MariaDB have no time"
                        + " with time zone. Use time() with the offset in a column of its own, or"
                        + " timestamp().withTimeZone()");
        assertThatThrownBy(() -> dialect.typeSql(Types.array(Types.integer()).type()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot declare a column of type integer[]: MySQL and MariaDB have no array types."
                        + " Use json() and store the array as a JSON document");
        assertThatThrownBy(() -> dialect.typeSql(Types.custom("postgresql", "citext").type()))
                .hasMessageContaining("the custom type has no spelling for mysql. Give one with"
                        + " custom(type).on(\"mysql\", type)");
    }

    @Test
    void typesReadBackAsTheCatalogueReportsThem() {
        assertThat(dialect.reflectedType(Types.character(36).type())).isEqualTo(Types.uuid().type());
        assertThat(dialect.reflectedType(Types.enumeration("mood", "a", "b").type()))
                .isEqualTo(ColumnType.enumeration(null, List.of("a", "b")));
        assertThat(dialect.reflectedType(Types.custom("citext").on("mysql", "VARCHAR(255)").type()))
                .isEqualTo(Types.string(255).type());
        assertThat(dialect.reflectedType(Types.custom("int unsigned").type())).isEqualTo(Types.integer().unsigned().type());
        assertThat(dialect.reflectedType(Types.custom("INET6").type())).isEqualTo(ColumnType.custom("inet6"));
    }
}
