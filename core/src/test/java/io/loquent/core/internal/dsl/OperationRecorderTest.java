package io.loquent.core.internal.dsl;

import static io.loquent.api.Types.bool;
import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.Migration;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.TableConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationRecorderTest {
    private final List<Operation> recorded = new ArrayList<>();
    private final OperationRecorder op = new OperationRecorder(recorded::add, NamingConvention.defaults(IdentifierLimit.utf8Bytes(63)));

    @Test
    void seedTableBecomesColumnsAndNamedConstraints() {
        Migration.bind(op, () -> Migration.createTable("users", t -> {
            t.column("id", integer().primaryKey());
            t.column("name", string(100).nullable(false));
            t.column("email", string(255).unique());
            t.column("password", string(255));
            t.column("is_active", bool().defaultValue(true));
            t.timestamps();
        }));
        op.createIndex("idx_users_email", "users", "email");

        CreateTable table = (CreateTable) recorded.get(0);
        assertThat(table.columns()).extracting(Column::name)
                .containsExactly("id", "name", "email", "password", "is_active", "created_at", "updated_at");
        Column id = table.columns().get(0);
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(table.columns().get(1).nullable()).isFalse();
        assertThat(table.columns().get(2).nullable()).isTrue();
        assertThat(table.columns().get(4).defaultValue()).isEqualTo(new DefaultValue.Literal(true));
        assertThat(table.columns().get(5).type()).isEqualTo(ColumnType.of(ColumnType.Kind.TIMESTAMP));
        assertThat(table.columns().get(5).defaultValue()).isInstanceOf(DefaultValue.CurrentTimestamp.class);
        assertThat(table.constraints()).containsExactly(
                new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                new TableConstraint.Unique("uq_users_email", List.of("email")));
        assertThat(recorded.get(1)).isEqualTo(new CreateIndex("idx_users_email", "users", List.of("email"), false));
    }

    @Test
    void compositeIntegerKeyDoesNotAutoIncrement() {
        op.createTable("post_tags", t -> {
            t.column("post_id", integer().foreignKey("posts.id").onDelete("cascade"));
            t.column("tag_id", integer().foreignKey("tags.id"));
            t.primaryKey("post_id", "tag_id");
            t.unique("post_id", "tag_id");
        });
        CreateTable table = (CreateTable) recorded.get(0);
        assertThat(table.columns()).allSatisfy(c -> {
            assertThat(c.autoIncrement()).isFalse();
            assertThat(c.nullable()).isFalse();
        });
        assertThat(table.constraints()).contains(
                new TableConstraint.ForeignKey("fk_post_tags_post_id_posts", List.of("post_id"), "posts", List.of("id"),
                        ReferentialAction.CASCADE, null),
                new TableConstraint.Unique("uq_post_tags_post_id_tag_id", List.of("post_id", "tag_id")));
    }

    @Test
    void namingConventionMatchesTheIssueExamples() {
        op.addColumn("parent", "code", string(10).unique());
        op.addColumn("child", "parent_id", integer().foreignKey("parent.id"));
        assertThat(((AddColumn) recorded.get(0)).constraints()).extracting(TableConstraint::name).containsExactly("uq_parent_code");
        assertThat(((AddColumn) recorded.get(1)).constraints()).extracting(TableConstraint::name)
                .containsExactly("fk_child_parent_id_parent");
    }

    @Test
    void overlongNamesAreShortenedDeterministically() {
        NamingConvention naming = NamingConvention.defaults(IdentifierLimit.characters(30));
        String a = naming.uniqueName("a_rather_long_table_name", List.of("and_a_long_column"));
        String b = naming.uniqueName("a_rather_long_table_name", List.of("and_a_long_column_too"));
        assertThat(a).hasSize(30).isEqualTo(naming.uniqueName("a_rather_long_table_name", List.of("and_a_long_column")));
        assertThat(b).hasSize(30).isNotEqualTo(a);
    }

    @Test
    void longNonAsciiNamesAreShortenedInBytesWithoutSplittingACharacter() {
        NamingConvention naming = NamingConvention.defaults(IdentifierLimit.utf8Bytes(63));
        String table = "\u00e9".repeat(40); // 40 characters, 80 bytes
        String a = naming.uniqueName(table, List.of("\u00fcber_a"));
        String b = naming.uniqueName(table, List.of("\u00fcber_b"));
        assertThat(a).isNotEqualTo(b).isEqualTo(naming.uniqueName(table, List.of("\u00fcber_a")));
        for (String name : List.of(a, b)) {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
            assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(name);
            assertThat(name).startsWith("uq_\u00e9\u00e9").matches(".*\u00e9_[0-9a-f]{8}");
        }
        assertThat(NamingConvention.defaults(IdentifierLimit.characters(64)).uniqueName(table, List.of("x")))
                .as("MySQL counts characters: 45 characters fit").isEqualTo("uq_" + table + "_x");
    }

    @Test
    void placeholdersInsideNamesAreNotExpanded() {
        NamingConvention naming = NamingConvention.defaults(IdentifierLimit.NONE);
        assertThat(naming.uniqueName("t%columns", List.of("a%table"))).isEqualTo("uq_t%columns_a%table");
        assertThat(naming.foreignKeyName("c%reftable", List.of("p_id"), "p%name")).isEqualTo("fk_c%reftable_p_id_p%name");
        assertThat(naming.checkName("t%name", "%table")).isEqualTo("ck_t%name_%table");
        assertThat(NamingConvention.of(java.util.Map.of("ix", "%tablex_%columns%"), IdentifierLimit.NONE)
                .indexName("t", List.of("a"))).isEqualTo("tx_a%");
    }

    @Test
    void alterColumnRecordsOnlyWhatChanges() {
        op.alterColumn("users", "name", c -> c.type(string(200)).nullable(true).newName("full_name"));
        AlterColumn alter = (AlterColumn) recorded.get(0);
        assertThat(alter.newType()).isEqualTo(new ColumnType(ColumnType.Kind.STRING, 200, null, null));
        assertThat(alter.nullable()).isTrue();
        assertThat(alter.defaultChange()).isNull();
        assertThat(alter.resultingName()).isEqualTo("full_name");
    }

    @Test
    void namesOfTheirOwnAreKeptAndTheConventionNamesTheRest() {
        op.createTable("orders", t -> t.column("id", integer()).column("region", string(2)).column("code", string(9))
                .primaryKeyNamed("orders_pkey", "id")
                .checkNamed("orders_code_check", "code <> ''")
                .check("short", "length(code) < 9")
                .foreignKey("orders_region_fkey", "regions", List.of("region", "code"), List.of("r", "c"))
                .foreignKey(null, "codes", List.of("code"), List.of("id"), null, "cascade"));
        op.createForeignKey(null, "orders", "users", List.of("id"), List.of("id"), "SET NULL", "RESTRICT");
        op.createCheckConstraintNamed("orders_id_check", "orders", "id > 0");
        op.alterColumn("orders", "code", c -> c.defaultCurrentTimestamp());

        CreateTable table = (CreateTable) recorded.get(0);
        assertThat(table.columns().get(0).nullable()).isFalse();
        assertThat(table.columns().get(0).autoIncrement()).as("a sole integer key, whatever its name").isTrue();
        assertThat(table.constraints()).containsExactly(
                new TableConstraint.PrimaryKey("orders_pkey", List.of("id")),
                new TableConstraint.Check("orders_code_check", "code <> ''"),
                new TableConstraint.Check("ck_orders_short", "length(code) < 9"),
                new TableConstraint.ForeignKey("orders_region_fkey", List.of("region", "code"), "regions",
                        List.of("r", "c"), null, null),
                new TableConstraint.ForeignKey("fk_orders_code_codes", List.of("code"), "codes", List.of("id"), null,
                        ReferentialAction.CASCADE));
        assertThat(recorded.get(1)).isEqualTo(new AddConstraint("orders", new TableConstraint.ForeignKey(
                "fk_orders_id_users", List.of("id"), "users", List.of("id"), ReferentialAction.SET_NULL,
                ReferentialAction.RESTRICT)));
        assertThat(recorded.get(2)).isEqualTo(new AddConstraint("orders",
                new TableConstraint.Check("orders_id_check", "id > 0")));
        assertThat(((AlterColumn) recorded.get(3)).defaultChange())
                .isEqualTo(new AlterColumn.DefaultChange(new DefaultValue.CurrentTimestamp()));
        assertThatThrownBy(() -> op.createTable("t", t -> t.column("a", integer().primaryKey())
                .primaryKeyNamed("t_pkey", "a")))
                .isExactlyInstanceOf(DefinitionException.class).hasMessage("table 't' declares its primary key twice");
    }

    @Test
    void batchCollectsChangesOnItsTable() {
        op.batchAlterTable("users", b -> b.addColumn("phone", string(20)).dropColumn("old_field")
                .alterColumn("name", c -> c.type(string(100))));
        BatchAlterTable batch = (BatchAlterTable) recorded.get(0);
        assertThat(batch.recreate()).isEqualTo(BatchAlterTable.Recreate.AUTO);
        assertThat(batch.operations()).extracting(Operation::describe)
                .containsExactly("add column users.phone", "drop column users.old_field", "alter column users.name");
    }

    @Test
    void mistakesAreRefusedWhereTheyAreMadeAsDefinitionErrors() {
        assertThatThrownBy(() -> op.createTable("t", t -> t.column("a", integer()).column("a", integer())))
                .isExactlyInstanceOf(DefinitionException.class).hasMessage("table 't' declares column 'a' twice");
        assertThatThrownBy(() -> op.alterColumn("t", "a", c -> { }))
                .isExactlyInstanceOf(DefinitionException.class).hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> integer().foreignKey("users"))
                .isExactlyInstanceOf(DefinitionException.class).hasMessageContaining("\"table.column\"");
        assertThatThrownBy(() -> integer().onDelete("explode"))
                .isExactlyInstanceOf(DefinitionException.class).hasMessageContaining("unknown referential action");
        assertThatThrownBy(() -> string(0))
                .isExactlyInstanceOf(DefinitionException.class).hasMessageContaining("positive length");
        assertThatThrownBy(() -> bool().defaultValue(new Object()))
                .isExactlyInstanceOf(DefinitionException.class).hasMessageContaining("cannot use a java.lang.Object");
        assertThatThrownBy(() -> op.createTable("t", t -> t.primaryKey("nope").column("a", integer())))
                .isExactlyInstanceOf(DefinitionException.class)
                .hasMessage("primary key of 't' names unknown column 'nope'");
    }

    @Test
    void sequencesAreRecordedWithTheirStartAndIncrementThroughOpAndTheFacade() {
        Migration.bind(op, () -> {
            Migration.createSequence("order_seq", 1, 50);
            Migration.dropSequence("order_seq");
        });
        op.createSequence("plain");
        assertThat(recorded).containsExactly(new CreateSequence(new Sequence("order_seq", 1, 50)),
                new DropSequence("order_seq"), new CreateSequence(new Sequence("plain", 1, 1)));
        assertThat(recorded).extracting(Operation::describe)
                .containsExactly("create sequence order_seq", "drop sequence order_seq", "create sequence plain");
        assertThatThrownBy(() -> op.createSequence("s", 1, 0)).isExactlyInstanceOf(DefinitionException.class)
                .hasMessage("sequence 's' needs a non-zero increment");
        assertThatThrownBy(() -> op.dropSequence(" ")).isExactlyInstanceOf(DefinitionException.class)
                .hasMessage("a sequence must be a non-blank name, got ' '");
        assertThatThrownBy(() -> new BatchAlterTable("t", null, List.of(new DropSequence("s"))))
                .isExactlyInstanceOf(DefinitionException.class)
                .hasMessage("batchAlterTable('t') cannot contain: drop sequence s");
    }

    @Test
    void facadeOutsideARevisionSaysSo() {
        assertThatThrownBy(() -> Migration.dropTable("users"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a running revision");
    }
}
