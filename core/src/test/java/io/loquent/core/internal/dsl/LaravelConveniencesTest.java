package io.loquent.core.internal.dsl;

import static io.loquent.api.Types.bigInteger;
import static io.loquent.api.Types.string;
import static io.loquent.api.Types.timestamp;
import static io.loquent.api.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.TableBuilder;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.LaravelTables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The Laravel conveniences of the table builder record exactly what their long forms record. */
class LaravelConveniencesTest {
    private static List<Operation> record(String table, Consumer<TableBuilder> body) {
        List<Operation> recorded = new ArrayList<>();
        new OperationRecorder(recorded::add, NamingConvention.defaults(IdentifierLimit.utf8Bytes(63)))
                .createTable(table, body);
        return recorded;
    }

    /** The tables that every dialect's golden SQL renders. */
    @Test
    void theGoldenTablesAreWhatTheConveniencesRecord() {
        assertThat(record("users", t -> t.id().rememberToken().softDeletes())).containsExactly(LaravelTables.USERS);
        assertThat(record("posts", t -> {
            t.id();
            t.foreignId("user_id").constrained().cascadeOnDelete();
            t.foreignId("editor_id").nullable().constrained("users").nullOnDelete();
            t.foreignUuid("team_id").nullable().constrained().restrictOnDelete().cascadeOnUpdate();
            t.nullableMorphs("subject");
        })).containsExactly(LaravelTables.POSTS, LaravelTables.POSTS_SUBJECT);
        assertThat(record("comments", t -> t.ulidPrimaryKey().morphs("commentable"))).first()
                .isEqualTo(LaravelTables.COMMENTS);
    }

    @Test
    void idSoftDeletesAndRememberTokenAreTheirLongForms() {
        assertThat(record("users", t -> t.id().rememberToken().softDeletes())).isEqualTo(record("users", t -> t
                .column("id", bigInteger().primaryKey().autoIncrement())
                .column("remember_token", string(100))
                .column("deleted_at", timestamp())));
        CreateTable users = (CreateTable) record("users", t -> t.id().softDeletes("removed_at")).get(0);
        Column id = users.columns().get(0);
        assertThat(id.type()).isEqualTo(ColumnType.of(ColumnType.Kind.BIG_INTEGER));
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(users.constraints()).containsExactly(new TableConstraint.PrimaryKey("pk_users", List.of("id")));
        assertThat(users.columns().get(1).name()).isEqualTo("removed_at");
        assertThat(users.columns().get(1).nullable()).isTrue();
    }

    @Test
    void foreignIdConstrainedGuessesThePluralTableAndTakesTheActions() {
        assertThat(record("posts", t -> {
            t.foreignId("user_id").constrained().cascadeOnDelete().cascadeOnUpdate();
            t.foreignId("category_id").nullable().constrained().nullOnDelete();
            t.foreignId("author_id").constrained("people", "key").restrictOnDelete();
            t.foreignId("box_id");
        })).isEqualTo(record("posts", t -> t
                .column("user_id", bigInteger().nullable(false).foreignKey("users.id").onDelete("CASCADE")
                        .onUpdate("CASCADE"))
                .column("category_id", bigInteger().nullable(true).foreignKey("categories.id").onDelete("SET NULL"))
                .column("author_id", bigInteger().nullable(false).foreignKey("people.key").onDelete("RESTRICT"))
                .column("box_id", bigInteger().nullable(false))));
        CreateTable posts = (CreateTable) record("posts", t -> t.foreignId("user_id").constrained()).get(0);
        assertThat(posts.constraints()).containsExactly(new TableConstraint.ForeignKey("fk_posts_user_id_users",
                List.of("user_id"), "users", List.of("id"), null, null));
        assertThat(ForeignIdDefinition.plural("box")).isEqualTo("boxes");
        assertThat(ForeignIdDefinition.plural("day")).isEqualTo("days");
        assertThat(ForeignIdDefinition.plural("branch")).isEqualTo("branches");
    }

    @Test
    void uuidAndUlidKeysAndTheirForeignColumns() {
        assertThat(record("teams", t -> t.uuidPrimaryKey())).isEqualTo(record("teams", t -> t.column("id",
                uuid().primaryKey())));
        CreateTable tokens = (CreateTable) record("tokens", t -> {
            t.ulidPrimaryKey();
            t.foreignUuid("team_id").constrained().cascadeOnDelete();
            t.foreignUlid("parent_id").nullable();
        }).get(0);
        assertThat(tokens.columns()).extracting(Column::name, c -> c.type().toString(), Column::nullable,
                Column::autoIncrement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", "string(26)", false, false),
                org.assertj.core.groups.Tuple.tuple("team_id", "uuid", false, false),
                org.assertj.core.groups.Tuple.tuple("parent_id", "string(26)", true, false));
        assertThat(tokens.constraints()).contains(new TableConstraint.ForeignKey("fk_tokens_team_id_teams",
                List.of("team_id"), "teams", List.of("id"), ReferentialAction.CASCADE, null));
    }

    @Test
    void morphsAreTypeAndIdColumnsWithTheirIndex() {
        assertThat(record("comments", t -> t.morphs("commentable"))).isEqualTo(record("comments", t -> t
                .column("commentable_type", string(255).nullable(false))
                .column("commentable_id", bigInteger().nullable(false))
                .index("commentable_type", "commentable_id")));
        List<Operation> nullable = record("images", t -> t.nullableMorphs("imageable"));
        assertThat(((CreateTable) nullable.get(0)).columns()).extracting(Column::nullable).containsExactly(true, true);
        assertThat(nullable.get(1)).isEqualTo(new CreateIndex("ix_images_imageable_type_imageable_id", "images",
                List.of("imageable_type", "imageable_id"), false));
    }

    @Test
    void mistakesInTheForeignIdChainSayWhatToCallInstead() {
        assertThatThrownBy(() -> record("posts", t -> t.foreignId("user_id").cascadeOnDelete()))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("foreignId('user_id') of table 'posts': cascadeOnDelete() needs the foreign key first."
                        + " Call constrained() before it, as in foreignId(\"user_id\").constrained().cascadeOnDelete()");
        assertThatThrownBy(() -> record("posts", t -> t.foreignId("user_id").constrained().nullOnDelete()))
                .hasMessage("foreignId('user_id') of table 'posts' sets NULL on delete but is NOT NULL. Call"
                        + " nullable() before nullOnDelete()");
        assertThatThrownBy(() -> record("posts", t -> t.foreignId("author").constrained()))
                .hasMessage("foreignId('author') of table 'posts': constrained() cannot guess the referenced table"
                        + " from a name that does not end in _id. Name the table: constrained(\"users\")");
        assertThatThrownBy(() -> record("posts", t -> t.foreignId("user_id").constrained().constrained("people")))
                .hasMessage("foreignId('user_id') of table 'posts' is constrained twice. Call constrained(..) once");
        assertThatThrownBy(() -> record("posts", t -> t.id().id()))
                .hasMessage("table 'posts' declares column 'id' twice");
    }
}
