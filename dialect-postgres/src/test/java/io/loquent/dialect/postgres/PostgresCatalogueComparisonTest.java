package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.Loquent;
import io.loquent.core.internal.diff.Drift;
import io.loquent.core.internal.diff.Spelling;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How core's comparisons read what PostgreSQL's catalogue writes back (casts, parentheses, its own type names):
 * equal where it means the same, different where it does not. Without a database; these lived in core's tests until
 * core's tests stopped depending on the server dialects (issue #11).
 */
class PostgresCatalogueComparisonTest {
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final ColumnType VARCHAR_20 = new ColumnType(Kind.STRING, 20, null, null);

    private static Schema withDefault(DefaultValue value) {
        return new Schema(List.of(Table.of("t", List.of(new Column("status", VARCHAR_20, true, false, value, null)))));
    }

    /** Whether autogenerate finds the two defaults equal. */
    private static boolean same(DefaultValue model, DefaultValue database) {
        return Loquent.configure().dialect("postgresql").scriptClasses().load()
                .compare(withDefault(model), withDefault(database)).isEmpty();
    }

    @Test
    void aDefaultIsComparedOnlyWhereTheModelGivesOne() {
        DefaultValue readBack = new DefaultValue.Sql("'new'::character varying");
        assertThat(same(new DefaultValue.Literal("new"), readBack)).isTrue();
        assertThat(same(null, readBack)).isTrue();
        assertThat(same(new DefaultValue.Literal("new"), null)).isFalse();
    }

    @Test
    void anExpressionDefaultRewrittenByTheServerIsStillTheSame() {
        assertThat(same(new DefaultValue.Sql("lower('X')"), new DefaultValue.Sql("lower('X'::text)"))).isTrue();
        assertThat(same(new DefaultValue.Sql("(1 + 2)"), new DefaultValue.Sql("1+2"))).isTrue();
        assertThat(same(new DefaultValue.Sql("CURRENT_TIMESTAMP"), new DefaultValue.CurrentTimestamp())).isTrue();
        assertThat(same(new DefaultValue.Sql("('open')"), new DefaultValue.Literal("open"))).isTrue();
        assertThat(same(new DefaultValue.Literal(new BigDecimal("1.5")), new DefaultValue.Literal(new BigDecimal("1.50"))))
                .isTrue();
        assertThat(same(new DefaultValue.Literal(true), new DefaultValue.Literal(1))).isTrue();
        assertThat(same(new DefaultValue.Sql("lower('X')"), new DefaultValue.Sql("upper('X')"))).isFalse();
        assertThat(same(new DefaultValue.Sql("(a) + (b)"), new DefaultValue.Sql("a) + (b"))).isFalse();
        assertThat(same(new DefaultValue.Literal("a"), new DefaultValue.Literal("b"))).isFalse();
        assertThat(same(new DefaultValue.Literal("New"), new DefaultValue.Sql("'new'::character varying")))
                .as("text keeps its case and spaces").isFalse();
    }

    private static Column column(String name, ColumnType type, boolean nullable, DefaultValue value, String comment) {
        return new Column(name, type, nullable, false, value, comment);
    }

    @Test
    void driftComparesValuesByMeaningNotSpelling() {
        Table people = new Table("people", List.of(column("id", ColumnType.of(Kind.INTEGER), false, null, null)),
                List.of(), List.of(), null);
        TableConstraint.PrimaryKey key = new TableConstraint.PrimaryKey("pk_users", List.of("id"));
        List<Index> indexes = List.of(Index.on("ix_users_name", false, "name"));
        Schema then = new Schema(List.of(new Table("users", List.of(
                column("id", ColumnType.of(Kind.INTEGER), false, null, null),
                column("name", new ColumnType(Kind.STRING, 100, null, null), false, new DefaultValue.Literal("x"), null),
                column("bio", ColumnType.of(Kind.TEXT), true, null, "about")), List.of(key,
                new TableConstraint.ForeignKey("fk_users_id", List.of("id"), "people", List.of("id"),
                        ReferentialAction.NO_ACTION, null),
                new TableConstraint.Check("ck_users_name", "length(name) > 0")), indexes, null), people),
                List.of(new Sequence("s", 1, 1)));
        Schema spelledOtherwise = new Schema(List.of(new Table("users", List.of(
                column("id", ColumnType.of(Kind.INTEGER).withNativeName("int4"), false, null, null),
                column("name", new ColumnType(Kind.STRING, 100, null, null).withNativeName("varchar"), false,
                        new DefaultValue.Sql("'x'::character varying"), null),
                column("bio", ColumnType.of(Kind.TEXT), true, null, "about")), List.of(key,
                new TableConstraint.ForeignKey("fk_users_id", List.of("id"), "people", List.of("id"), null,
                        ReferentialAction.RESTRICT),
                new TableConstraint.Check("ck_users_name", "(length((name)::text) > 0)")), indexes, null), people),
                List.of(new Sequence("s", 1, 1)));
        assertThat(Drift.between(then, spelledOtherwise, DIALECT)).isEmpty();
    }

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

    private static Table plain(String name) {
        return Table.of(name, List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, false, null, null)));
    }

    @Test
    void whatTheCatalogueRewordsIsSpelledAsTheHistoryAndInItsOrder() {
        Schema history = new Schema(List.of(customers("score >= 0", 0, ColumnType.of(Kind.UUID)), plain("a")));
        Schema live = new Schema(List.of(plain("a"), plain("z_by_hand"),
                customers("(score >= (0)::numeric)", new BigDecimal("0.00"), ColumnType.of(Kind.UUID))));
        assertThat(new Spelling(DIALECT).of(live, history))
                .isEqualTo(new Schema(List.of(history.tables().get(0), plain("a"), plain("z_by_hand"))));
    }

    @Test
    void whatDiffersKeepsTheCataloguesWords() {
        Column extra = new Column("extra", ColumnType.of(Kind.INTEGER), true, false, null, null);
        Schema history = new Schema(List.of(customers("score >= 0", 0, ColumnType.of(Kind.UUID))));
        Schema live = new Schema(List.of(customers("(score > (1)::numeric)", new BigDecimal("5"),
                ColumnType.of(Kind.TEXT), extra)));
        assertThat(new Spelling(DIALECT).of(live, history)).isEqualTo(live);
    }
}
