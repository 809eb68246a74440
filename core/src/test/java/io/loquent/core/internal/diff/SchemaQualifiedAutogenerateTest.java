package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.model.MappedModel;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model table in a schema is compared under its qualified name and written back with it. */
class SchemaQualifiedAutogenerateTest {
    @TempDir
    Path dir;

    private static Table table(String name, String... references) {
        Table table = new Table(name, List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, false,
                null, null), new Column("ref", ColumnType.of(ColumnType.Kind.INTEGER), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_" + name.substring(name.indexOf('.') + 1),
                        List.of("id"))), List.of(), null);
        for (String referenced : references) {
            table = table.withConstraint(new TableConstraint.ForeignKey("fk_items_ref_users", List.of("ref"),
                    referenced, List.of("id"), null, null));
        }
        return table;
    }

    @Test
    void theWrittenRevisionNamesTheSchemaAndRecordsTheSameOperations() {
        Schema model = new Schema(List.of(table("app.users"), table("app.items", "app.users"), table("items")));
        Schema database = new Schema(List.of(table("items")));
        List<Change> changes = new Differ(new SqliteDialect(), false, TableFilter.ALL)
                .compare(MappedModel.of(model), database);
        RoundTrip.Revision revision = RoundTrip.run(dir, Samples.NAMING, Map.of("autogenerate", changes)).get(0);

        assertThat(revision.source()).contains("createTable(\"app.users\"", "createTable(\"app.items\"",
                "\"app.users.id\"").doesNotContain("createTable(\"items\"");
        assertThat(revision.upgrade()).containsExactlyElementsOf(RoundTrip.upgradeOf(changes));
        assertThat(revision.downgrade()).containsExactlyElementsOf(RoundTrip.downgradeOf(changes));
        assertThat(new Differ(new SqliteDialect(), false, TableFilter.ALL).compare(MappedModel.of(model), model))
                .as("the app schema's tables compare equal to themselves").isEmpty();
    }
}
