package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.model.MappedModel;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {
    private static final ColumnType INT = ColumnType.of(ColumnType.Kind.INTEGER);

    private final Differ differ = new Differ(new SqliteDialect(), true, TableFilter.ALL);

    private static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, false, null, null);
    }

    private static ColumnType string(int length) {
        return new ColumnType(ColumnType.Kind.STRING, length, null, null);
    }

    private static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), List.of(new TableConstraint.PrimaryKey("pk_" + name,
                List.of(columns[0].name()))), List.of(), null);
    }

    private static Table authors() {
        return table("authors", col("id", INT, false), col("name", string(100), false));
    }

    private static Table books() {
        return table("books", col("id", INT, false), col("author_id", INT, true))
                .withConstraint(new TableConstraint.ForeignKey("fk_books_author_id_authors", List.of("author_id"),
                        "authors", List.of("id"), null, null));
    }

    private List<Change> diff(Schema model, Schema database) {
        return differ.compare(MappedModel.of(model), database);
    }

    private static List<Operation> upgrade(List<Change> changes) {
        List<Operation> ops = new ArrayList<>();
        changes.forEach(c -> ops.addAll(c.upgrade()));
        return ops;
    }

    @Test
    void equalSchemasGiveNoChange() {
        Schema schema = new Schema(List.of(authors(), books()));
        assertThat(diff(schema, schema)).isEmpty();
    }

    @Test
    void newTablesAreCreatedAfterTheTablesTheyReferenceAndDroppedOnTheWayDown() {
        List<Change> changes = diff(new Schema(List.of(books(), authors())), Schema.EMPTY);
        assertThat(changes).extracting(Change::summary).containsExactly(
                "authors: table in the model, not in the database", "books: table in the model, not in the database");
        assertThat(changes.get(1).upgrade()).singleElement().isInstanceOfSatisfying(CreateTable.class,
                t -> assertThat(t.constraints()).hasSize(2));
        assertThat(changes.get(1).downgrade()).containsExactly(new DropTable("books"));
    }

    @Test
    void aCycleOfForeignKeysAddsTheClosingKeyAfterBothTables() {
        Table a = table("a", col("id", INT, false), col("b_id", INT, true)).withConstraint(
                new TableConstraint.ForeignKey("fk_a_b", List.of("b_id"), "b", List.of("id"), null, null));
        Table b = table("b", col("id", INT, false), col("a_id", INT, true)).withConstraint(
                new TableConstraint.ForeignKey("fk_b_a", List.of("a_id"), "a", List.of("id"), null, null));
        List<Operation> ops = upgrade(diff(new Schema(List.of(a, b)), Schema.EMPTY));
        assertThat(ops).hasSize(3);
        assertThat(ops.get(2)).isInstanceOfSatisfying(AddConstraint.class,
                add -> assertThat(add.constraint().name()).isEqualTo("fk_a_b"));
        assertThat(((CreateTable) ops.get(0)).constraints()).extracting(TableConstraint::name).containsExactly("pk_a");
    }

    @Test
    void droppedTablesGoDependentsFirstAndComeBackWithTheirKeys() {
        List<Change> changes = diff(Schema.EMPTY, new Schema(List.of(authors(), books())));
        assertThat(upgrade(changes)).containsExactly(new DropTable("books"), new DropTable("authors"));
        assertThat(changes.get(0).downgrade()).singleElement().isInstanceOfSatisfying(CreateTable.class,
                t -> assertThat(t.constraints()).extracting(TableConstraint::name)
                        .containsExactly("pk_books", "fk_books_author_id_authors"));
    }

    @Test
    void aLengthChangeIsOneLineAndAnAlterEachWay() {
        Table model = table("users", col("id", INT, false), col("email", string(255), false));
        Table db = table("users", col("id", INT, false), col("email", string(120), false));
        List<Change> changes = diff(new Schema(List.of(model)), new Schema(List.of(db)));
        assertThat(changes).extracting(Change::summary)
                .containsExactly("users.email: length 255 in the model, 120 in the database");
        AlterColumn up = (AlterColumn) changes.get(0).upgrade().get(0);
        AlterColumn down = (AlterColumn) changes.get(0).downgrade().get(0);
        assertThat(up.newType()).isEqualTo(string(255));
        assertThat(up.existingType()).isEqualTo(string(120));
        assertThat(down.newType()).isEqualTo(string(120));
        assertThat(up.nullable()).isNull();
    }

    @Test
    void nativeNamesAndNoActionDoNotCountAsDifferences() {
        Table db = new Table("books", List.of(col("id", INT.withNativeName("int4"), false), col("author_id",
                INT.withNativeName("int4"), true)), List.of(new TableConstraint.PrimaryKey("books_pkey", List.of("id")),
                new TableConstraint.ForeignKey("other_name", List.of("author_id"), "authors", List.of("id"),
                        ReferentialAction.NO_ACTION, null)), List.of(), null);
        assertThat(diff(new Schema(List.of(authors(), books())), new Schema(List.of(authors(), db)))).isEmpty();
    }

    @Test
    void aUniqueIndexAndAUniqueConstraintOverTheSameColumnsAgree() {
        Table model = authors().withIndex(Index.on("ux_name", true, "name"));
        Table db = authors().withConstraint(new TableConstraint.Unique("ux_name", List.of("name")));
        assertThat(diff(new Schema(List.of(model)), new Schema(List.of(db)))).isEmpty();
    }

    @Test
    void oneColumnLostAndOneOfTheSameTypeGainedIsARename() {
        Table model = table("users", col("id", INT, false), col("email", string(255), false));
        Table db = table("users", col("id", INT, false), col("mail", string(255), false))
                .withIndex(Index.on("ix_users_mail", false, "mail"));
        List<Change> changes = diff(new Schema(List.of(model.withIndex(Index.on("ix_users_mail", false, "email")))),
                new Schema(List.of(db)));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.upgrade()).containsExactly(new RenameColumn("users", "mail", "email"));
            assertThat(c.downgrade()).containsExactly(new RenameColumn("users", "email", "mail"));
            assertThat(c.note()).startsWith("detected as a rename");
            assertThat(c.summary()).isEqualTo("users.mail -> users.email: column renamed (mail in the database,"
                    + " email in the model, both string(255))");
        });
    }

    @Test
    void withoutRenamesTheSameChangeIsAnAddAndADrop() {
        Differ plain = new Differ(new SqliteDialect(), false, TableFilter.ALL);
        Table model = table("users", col("id", INT, false), col("email", string(255), true));
        Table db = table("users", col("id", INT, false), col("mail", string(255), true));
        assertThat(upgrade(plain.compare(MappedModel.of(new Schema(List.of(model))), new Schema(List.of(db)))))
                .containsExactly(new AddColumn("users", col("email", string(255), true), List.of()),
                        new DropColumn("users", "mail"));
    }

    @Test
    void twoColumnsOfOneTypeAreNotGuessedBetween() {
        Table model = table("users", col("id", INT, false), col("a", string(9), true), col("b", string(9), true));
        Table db = table("users", col("id", INT, false), col("c", string(9), true), col("d", string(9), true));
        assertThat(upgrade(diff(new Schema(List.of(model)), new Schema(List.of(db)))))
                .noneMatch(op -> op instanceof RenameColumn).hasSize(4);
    }

    @Test
    void aTableWithTheSameColumnsUnderANewNameIsARenameAndReferencesFollow() {
        Table writers = table("writers", col("id", INT, false), col("name", string(100), false));
        Table books = table("books", col("id", INT, false), col("author_id", INT, true))
                .withConstraint(new TableConstraint.ForeignKey("fk_books_author_id_authors", List.of("author_id"),
                        "writers", List.of("id"), null, null));
        List<Change> changes = diff(new Schema(List.of(writers, books)), new Schema(List.of(authors(), books())));
        assertThat(upgrade(changes)).containsExactly(new RenameTable("authors", "writers"));
    }

    @Test
    void keysThatGoAreDroppedBeforeColumnsAndNewKeysAddedAfter() {
        Table model = table("t", col("id", INT, false), col("code", string(5), false))
                .withIndex(Index.on("ix_t_code", false, "code"));
        Table db = table("t", col("id", INT, false), col("old", INT, true), col("x", string(1), true))
                .withConstraint(new TableConstraint.Unique("uq_t_old", List.of("old")));
        List<Operation> ops = upgrade(new Differ(new SqliteDialect(), false, TableFilter.ALL)
                .compare(MappedModel.of(new Schema(List.of(model))), new Schema(List.of(db))));
        assertThat(ops).extracting(op -> op.getClass().getSimpleName()).containsExactly("DropConstraint",
                "AddColumn", "CreateIndex", "DropColumn", "DropColumn");
        assertThat(ops.get(0)).isEqualTo(new DropConstraint("t", "uq_t_old", TableConstraint.Kind.UNIQUE));
        assertThat(ops.get(2)).isEqualTo(new CreateIndex("ix_t_code", "t", List.of("code"), false));
    }

    @Test
    void excludedTablesAreNeitherCreatedNorDropped() {
        Differ filtered = new Differ(new SqliteDialect(), true, new TableFilter(List.of(), List.of("legacy_*")));
        Table legacy = table("legacy_orders", col("id", INT, false));
        assertThat(filtered.compare(MappedModel.of(new Schema(List.of(authors()))),
                new Schema(List.of(authors(), legacy)))).isEmpty();
        Differ only = new Differ(new SqliteDialect(), true, new TableFilter(List.of("auth?rs"), List.of()));
        assertThat(only.compare(MappedModel.of(new Schema(List.of(authors()))), new Schema(List.of(legacy)))).extracting(
                Change::summary).containsExactly("authors: table in the model, not in the database");
    }

    @Test
    void anAutoIncrementTheDatabaseLacksIsReportedButNotGenerated() {
        Table model = new Table("t", List.of(new Column("id", INT, false, true, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_t", List.of("id"))), List.of(), null);
        List<Change> changes = diff(new Schema(List.of(model)), new Schema(List.of(table("t", col("id", INT, false)))));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.summary()).isEqualTo("t.id: auto-increment in the model, not in the database");
            assertThat(c.upgrade()).isEmpty();
        });
    }
}
