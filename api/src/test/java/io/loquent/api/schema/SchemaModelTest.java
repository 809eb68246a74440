package io.loquent.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema model: tables and schemas are checked when built and changed only into new records. */
class SchemaModelTest {
    private static final ColumnType INT = ColumnType.of(ColumnType.Kind.INTEGER);

    private static Column column(String name) {
        return new Column(name, INT, true, false, null, null);
    }

    private static Table users() {
        return new Table("users", List.of(column("id"), column("team_id"), column("email")),
                List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                        new TableConstraint.ForeignKey("fk_users_team_id_teams", List.of("team_id"), "teams",
                                List.of("id"), ReferentialAction.CASCADE, null)),
                List.of(Index.on("ix_users_email", false, "email"),
                        new Index("ix_users_lower_email", List.of(IndexKey.expression("lower(email)")), true,
                                "email IS NOT NULL")),
                "people");
    }

    @Test
    void aTableAnswersForItsPartsByName() {
        Table users = users();
        assertThat(users.column("email")).map(Column::name).contains("email");
        assertThat(users.column("nope")).isEmpty();
        assertThat(users.primaryKey()).map(TableConstraint.PrimaryKey::columns).contains(List.of("id"));
        assertThat(users.foreignKeys()).extracting(TableConstraint.ForeignKey::referencedTable).containsExactly("teams");
        assertThat(users.index("ix_users_lower_email")).map(Index::columns).contains(List.of());
        assertThat(users.index("ix_users_lower_email").orElseThrow().keys()).extracting(IndexKey::toString)
                .containsExactly("(lower(email))");
    }

    @Test
    void changesMakeNewTablesAndLeaveTheOldOneAsItWas() {
        Table users = users();
        Column wide = new Column("email", new ColumnType(ColumnType.Kind.STRING, 255, null, null), false, false, null,
                null);
        Table changed = users.withColumn(wide).withColumn(column("phone")).withoutIndex("ix_users_email")
                .withoutConstraint("fk_users_team_id_teams").withComment(null);
        assertThat(changed.columns()).extracting(Column::name).containsExactly("id", "team_id", "email", "phone");
        assertThat(changed.column("email")).contains(wide);
        assertThat(changed.indexes()).extracting(Index::name).containsExactly("ix_users_lower_email");
        assertThat(changed.foreignKeys()).isEmpty();
        assertThat(changed.comment()).isNull();
        assertThat(users).isEqualTo(users());
    }

    @Test
    void aTableRefusesWhatNoDatabaseHolds() {
        assertThatThrownBy(() -> Table.of("t", List.of(column("id"), column("id"))))
                .isInstanceOf(DefinitionException.class).hasMessage("table 't' declares column 'id' twice");
        assertThatThrownBy(() -> users().withConstraint(new TableConstraint.Unique("uq_x", List.of("nope"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("constraint 'uq_x' of table 'users' names column 'nope', which the table does not have");
        assertThatThrownBy(() -> users().withIndex(Index.on("ix_nope", false, "nope")))
                .hasMessage("index 'ix_nope' of table 'users' names column 'nope', which the table does not have;"
                        + " for a key on an expression write i -> i.expression(\"nope\")");
        assertThatThrownBy(() -> users().withIndex(new Index("ix_inc", List.of(IndexKey.of("email")), false, null,
                null, List.of("nope")))).hasMessage("index 'ix_inc' of table 'users' includes column 'nope', which the"
                + " table does not have");
        assertThat(new Index("ix", List.of(IndexKey.of("a")), false, null, "BTREE", null))
                .as("a B-tree, named or not, is one index").isEqualTo(Index.on("ix", false, "a"));
        assertThat(new Index("ix", List.of(IndexKey.of("a")), false, null, "GIN", null).method()).isEqualTo("gin");
        assertThatThrownBy(() -> new Index("ix", List.of(IndexKey.of("a")), false, null, "gin; drop", null))
                .hasMessageContaining("has method 'gin; drop', which is not a name");
        assertThatThrownBy(() -> new IndexKey(null, "lower(a)", 10))
                .hasMessageContaining("a positive number of characters of a column; got 10 on expression lower(a)");
        assertThatThrownBy(() -> IndexKey.prefix("a", 0)).hasMessageContaining("got 0 on column a");
        assertThat(IndexKey.prefix("name", 10)).hasToString("name(10)");
        assertThat(new Index("ix", List.of(IndexKey.prefix("a", 3)), false, null).plain()).isFalse();
        assertThat(Index.on("ix", true, "a", "b").plain()).isTrue();
        assertThatThrownBy(() -> users().withConstraint(new TableConstraint.PrimaryKey("pk_other", List.of("email"))))
                .hasMessage("table 'users' declares more than one primary key");
        assertThatThrownBy(() -> users().withoutColumn("team_id"))
                .as("a column a constraint still names cannot go alone")
                .hasMessageContaining("names column 'team_id'");
        assertThatThrownBy(() -> new IndexKey("a", "lower(a)")).isInstanceOf(DefinitionException.class);
        assertThatThrownBy(() -> new Index("ix", List.of(), false, null)).hasMessage("index 'ix' needs at least one key");
    }

    @Test
    void aSchemaHoldsEachTableOnceAndIsChangedIntoANewOne() {
        Schema schema = Schema.EMPTY.withTable(Table.of("teams", List.of(column("id")))).withTable(users());
        assertThat(schema.tableNames()).containsExactly("teams", "users");
        Schema renamed = schema.withoutTable("users").withTable(users().withName("people"));
        assertThat(renamed.tableNames()).containsExactly("teams", "people");
        assertThat(renamed.table("users")).isEmpty();
        assertThat(schema.withTable(users().withComment("replaced")).table("users")).map(Table::comment)
                .contains("replaced");
        assertThat(schema.tableNames()).as("unchanged").containsExactly("teams", "users");
        assertThatThrownBy(() -> new Schema(List.of(users(), users())))
                .hasMessage("the schema holds table 'users' twice");
    }

    @Test
    void aReflectedTypeKeepsTheDatabasesNameBesideThePortableOne() {
        ColumnType reflected = ColumnType.of(ColumnType.Kind.INTEGER).withNativeName("int4");
        assertThat(reflected.nativeName()).isEqualTo("int4");
        assertThat(reflected.kind()).isEqualTo(ColumnType.Kind.INTEGER);
        assertThat(reflected).isNotEqualTo(INT);
        assertThat(reflected.withNativeName(null)).isEqualTo(INT);
        assertThatThrownBy(() -> INT.withNativeName(" ")).isInstanceOf(DefinitionException.class);
    }
}
