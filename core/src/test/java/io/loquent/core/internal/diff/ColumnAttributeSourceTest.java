package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate writes identity options, generations and positions back as the DSL calls that declare them, and the
 * written revision records the same operations; the differ and drift report a change of either.
 */
class ColumnAttributeSourceTest {
    private static final ColumnType INT = ColumnType.of(Kind.INTEGER);
    private static final Column ID = new Column("id", ColumnType.of(Kind.BIG_INTEGER), false, true, null, null,
            new Identity(1000, 10, true), null);
    private static final Column TOTAL = new Column("total", INT, true, false, null, null, null,
            new Generated("price * qty", true));
    private static final CreateTable ITEMS = new CreateTable("items", List.of(ID,
            new Column("price", INT, true, false, null, null), new Column("qty", INT, true, false, null, null), TOTAL),
            List.of(new TableConstraint.PrimaryKey("pk_items", List.of("id"))), null);
    private static final AddColumn HALF = new AddColumn("items", new Column("half", INT, true, false, null, null,
            null, new Generated("qty / 2", false)), List.of(), ColumnPosition.after("price"));
    private static final AddColumn CODE = new AddColumn("items", new Column("code", INT, true, false, null, null,
            null, null), List.of(), ColumnPosition.FIRST);
    private static final AddColumn START = new AddColumn("items", new Column("n", INT, false, true, null, null,
            new Identity(5, 1, false), null), List.of());

    @TempDir
    Path dir;

    @Test
    void theAttributesAreWrittenAsTheirCallsAndRecordTheSameOperations() {
        List<Change> changes = List.of(new Change("items", List.of(ITEMS, HALF, CODE, START),
                List.of(new DropColumn("items", "n"), new DropColumn("items", "code"), new DropColumn("items", "half"),
                        new DropTable("items")), null));
        RoundTrip.Revision revision = RoundTrip.run(dir, Samples.NAMING, Map.of("attributes", changes)).get(0);

        assertThat(revision.source()).contains(
                "t.column(\"id\", bigInteger().primaryKey().identity(1000, 10).identityAlways());",
                "t.column(\"total\", integer().storedAs(\"price * qty\"));",
                "op.addColumn(\"items\", \"half\", integer().virtualAs(\"qty / 2\").after(\"price\"));",
                "op.addColumn(\"items\", \"code\", integer().first());",
                "op.addColumn(\"items\", \"n\", integer().startingValue(5).nullable(false));");
        assertThat(revision.upgrade()).containsExactlyElementsOf(RoundTrip.upgradeOf(changes));
        assertThat(revision.downgrade()).containsExactlyElementsOf(RoundTrip.downgradeOf(changes));
    }

    @Test
    void aChangedGenerationOrIdentityIsReportedAndLeftToTheUser() {
        SqliteDialect dialect = new SqliteDialect();
        Table then = new Table("items", ITEMS.columns(), ITEMS.constraints(), List.of(), null);
        Table now = then.withColumn(TOTAL.withGenerated(new Generated("price*qty + 1", true)))
                .withColumn(ID.withIdentity(new Identity(1, 1, false)));
        assertThat(Drift.between(new Schema(List.of(then)), new Schema(List.of(now)), dialect)).containsExactly(
                "column items.id was changed outside Loquent (identity(start 1000, increment 10, always) then,"
                        + " identity(start 1, increment 1, by default) now)",
                "column items.total was changed outside Loquent (generated stored as price * qty then, generated"
                        + " stored as price*qty + 1 now)");
        Change change = new ColumnDiff(dialect).compare("items", TOTAL, now.column("total").orElseThrow());
        assertThat(change.summary()).isEqualTo("items.total: generated stored as price * qty in the model, stored as"
                + " price*qty + 1 in the database");
        assertThat(change.upgrade()).isEmpty();
        assertThat(change.note()).contains("change it by hand");
        assertThat(new ColumnDiff(dialect).compare("items", TOTAL, TOTAL.withGenerated(new Generated("(PRICE*qty)",
                true)))).as("spellings the database stores alike").isNull();
    }
}
