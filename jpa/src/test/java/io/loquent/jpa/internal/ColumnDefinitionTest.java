package io.loquent.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A JPA columnDefinition read as Loquent compares it: its leading type, NOT NULL, UNIQUE and its default. */
class ColumnDefinitionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VARCHAR(40)|string(40)", "varchar|string(255)", "CHARACTER VARYING(12)|string(12)", "CHAR(3)|string(3)",
            "char|string(1)", "NVARCHAR(7)|string(7)", "TEXT|text", "LONGTEXT|text", "CLOB|text",
            "INT|integer", "INTEGER|integer", "int4|integer", "MEDIUMINT|integer", "BIGINT|big_integer",
            "INT8|big_integer", "SMALLINT|small_integer", "TINYINT|small_integer", "TINYINT(1)|boolean",
            "BOOLEAN|boolean", "bool|boolean", "DECIMAL(10,2)|decimal(10, 2)", "NUMERIC(8)|decimal(8, 0)",
            "NUMERIC|decimal(38, 2)", "DOUBLE|double", "DOUBLE PRECISION|double", "FLOAT|double", "REAL|real", "FLOAT4|real",
            "DATE|date", "TIME|time", "TIME(3) WITH TIME ZONE|time with time zone", "TIMESTAMP|timestamp", "TIMESTAMP(6)|timestamp",
            "TIMESTAMP WITH TIME ZONE|timestamp with time zone", "TIMESTAMPTZ|timestamp with time zone",
            "TIMESTAMP WITHOUT TIME ZONE|timestamp", "DATETIME|timestamp", "UUID|uuid",
            "JSON|json", "JSONB|json", "BLOB|binary", "BYTEA|binary", "VARBINARY(16)|binary", "LONGBLOB|binary",
            "BINARY(16)|binary(16)", "binary ( 16 )|binary(16)", "BINARY|binary(1)", "BIGINT UNSIGNED|big_integer unsigned"})
    void leadingTypesHaveTheirPortableKind(String definition, String type) {
        assertThat(ColumnDefinition.parse(definition)).get().extracting(d -> d.type().toString()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"GEOMETRY", "POINT(1, 2)", "VARCHAR(abc)", "VARCHAR(12", "42", "(INT)"})
    void typesWithoutAPortableKindAreNotParsed(String definition) {
        assertThat(ColumnDefinition.parse(definition)).isEmpty();
    }

    @Test
    void notNullUniqueAndADefaultInAnyOrder() {
        ColumnDefinition definition = ColumnDefinition.parse("VARCHAR(20) DEFAULT 'it''s' UNIQUE NOT NULL").orElseThrow();
        assertThat(definition).isEqualTo(new ColumnDefinition(new ColumnType(Kind.STRING, 20, null, null), true, true,
                false, new DefaultValue.Literal("it's")));
        assertThat(ColumnDefinition.parse("INTEGER NOT NULL DEFAULT -1")).get()
                .isEqualTo(new ColumnDefinition(ColumnType.of(Kind.INTEGER), true, false, false,
                        new DefaultValue.Literal(-1)));
    }

    @Test
    void defaultsAreLiteralsWhereTheyCanBe() {
        assertThat(ColumnDefinition.value("0.50")).isEqualTo(new DefaultValue.Literal(new BigDecimal("0.50")));
        assertThat(ColumnDefinition.value("12")).isEqualTo(new DefaultValue.Literal(12));
        assertThat(ColumnDefinition.value("9000000000")).isEqualTo(new DefaultValue.Literal(9_000_000_000L));
        assertThat(ColumnDefinition.value("+3")).isEqualTo(new DefaultValue.Literal(3));
        assertThat(ColumnDefinition.value("TRUE")).isEqualTo(new DefaultValue.Literal(true));
        assertThat(ColumnDefinition.value("false")).isEqualTo(new DefaultValue.Literal(false));
        assertThat(ColumnDefinition.value("('x')")).isEqualTo(new DefaultValue.Literal("x"));
        assertThat(ColumnDefinition.value("CURRENT_TIMESTAMP")).isEqualTo(new DefaultValue.CurrentTimestamp());
        assertThat(ColumnDefinition.value("current_timestamp(3)")).isEqualTo(new DefaultValue.CurrentTimestamp());
        assertThat(ColumnDefinition.value("NULL")).isNull();
        assertThat(ColumnDefinition.value("now()")).isEqualTo(new DefaultValue.Sql("now()"));
        assertThat(ColumnDefinition.value("1 + 2")).isEqualTo(new DefaultValue.Sql("1 + 2"));
    }

    @Test
    void anExpressionDefaultRunsToTheNextClauseOutsideParentheses() {
        assertThat(ColumnDefinition.parse("TEXT DEFAULT concat('a', 'NOT NULL') NOT NULL COLLATE \"C\"")).get()
                .isEqualTo(new ColumnDefinition(ColumnType.of(Kind.TEXT), true, false, false,
                        new DefaultValue.Sql("concat('a', 'NOT NULL')")));
        assertThat(ColumnDefinition.parse("DATE DEFAULT NULL")).get().extracting(ColumnDefinition::defaultValue)
                .isNull();
    }

    @Test
    void serialTypesAndAutoIncrementAssignValues() {
        assertThat(ColumnDefinition.parse("BIGSERIAL")).get().isEqualTo(new ColumnDefinition(
                ColumnType.of(Kind.BIG_INTEGER), false, false, true, null));
        assertThat(ColumnDefinition.parse("INT NOT NULL AUTO_INCREMENT")).get().extracting(ColumnDefinition::autoIncrement)
                .isEqualTo(true);
    }
}
