package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code schema --live}, {@code schema --sql} and {@code revision --from-database} make of a reflected schema:
 * the catalogue's words replaced by the history's where they mean the same and kept where they differ, the DDL
 * golden, and what the DSL cannot build named instead of lost.
 */
class CatalogueSchemaTest {
    private static final TableConstraint.PrimaryKey PK = new TableConstraint.PrimaryKey("pk_customers", List.of("id"));

    private static Table customers(String check, Object scoreDefault, ColumnType token, Column... more) {
        List<Column> columns = new java.util.ArrayList<>(List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, false, null, null),
                new Column("score", new ColumnType(Kind.DECIMAL, null, 8, 2), true, false,
                        new DefaultValue.Literal(scoreDefault), null),
                new Column("token", token, true, false, null, null)));
        columns.addAll(List.of(more));
        return new Table("customers", columns, List.of(PK, new TableConstraint.Check("ck_customers_score", check)),
                List.of(), null);
    }

    @Test
    void sqliteKeepsAUuidAsVarcharAndItIsSpelledAsTheUuidDeclared() {
        Schema history = new Schema(List.of(customers("score >= 0", 0, ColumnType.of(Kind.UUID))));
        Schema live = new Schema(List.of(customers("score >= 0", 0,
                new ColumnType(Kind.STRING, 36, null, null).withNativeName("VARCHAR(36)"))));
        assertThat(new Spelling(new SqliteDialect()).of(live, history)).isEqualTo(history);
    }

    @Test
    void theDdlIsEachChangesStatementsEndingInSemicolonsUnderItsSummary() {
        Table zones = new Table("zones", List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, false, null, null),
                new Column("code", new ColumnType(Kind.STRING, 3, null, null), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_zones", List.of("id"))),
                List.of(Index.on("ix_zones_code", false, "code")), null);
        assertThat(new SqlWriter(new SqliteDialect()).statements(new CatalogueBuild(new Schema(List.of(zones))).changes()))
                .isEqualTo("""
                        -- table zones
                        CREATE TABLE "zones" (
                            "id" INTEGER NOT NULL,
                            "code" VARCHAR(3),
                            CONSTRAINT "pk_zones" PRIMARY KEY ("id")
                        );
                        CREATE INDEX "ix_zones_code" ON "zones" (`code`);
                        """);
    }

    @Test
    void whatTheDslCannotBuildIsNamedInANoteInsteadOfLostAndExpressionIndexesAreBuilt() {
        Table countries = new Table("countries", List.of(
                new Column("code", new ColumnType(Kind.STRING, 2, null, null), true, false, null, null),
                new Column("name", new ColumnType(Kind.STRING, 50, null, null), false, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("countries_pkey", List.of("code"))),
                List.of(new Index("countries_lower_name", List.of(IndexKey.expression("lower(name)")), true, null),
                        Index.on("countries_name", false, "name")), null);
        CatalogueBuild build = new CatalogueBuild(new Schema(List.of(countries)));
        assertThat(build.omissions()).containsExactly(
                "countries: key column code may hold NULL in the database (SQLite allows it); it is built NOT NULL,"
                        + " as the DSL makes key columns");
        Change change = build.changes().get(0);
        assertThat(change.note()).isEqualTo(build.omissions().stream().map(o -> o.substring("countries: ".length()))
                .collect(java.util.stream.Collectors.joining("\n")));
        assertThat(((CreateTable) change.upgrade().get(0)).columns().get(0).nullable()).isFalse();
        assertThat(change.upgrade()).hasSize(3).endsWith(new CreateIndex("countries", countries.indexes().get(0),
                false), new CreateIndex("countries_name", "countries", List.of("name"), false));
    }

    @Test
    void aForeignKeyThatClosesACycleIsAddedLastAndNamedAsWhatItBuilds() {
        Column id = new Column("id", ColumnType.of(Kind.INTEGER), false, false, null, null);
        Column other = new Column("other_id", ColumnType.of(Kind.INTEGER), true, false, null, null);
        Table a = new Table("a", List.of(id, other), List.of(new TableConstraint.ForeignKey("a_b", List.of("other_id"),
                "b", List.of("id"), null, null)), List.of(), null);
        Table b = new Table("b", List.of(id, other), List.of(new TableConstraint.ForeignKey("b_a", List.of("other_id"),
                "a", List.of("id"), null, null)), List.of(), null);
        assertThat(new CatalogueBuild(new Schema(List.of(a, b))).changes()).extracting(Change::summary)
                .containsExactly("table a", "table b", "foreign key a_b on a, closing a cycle");
    }
}
