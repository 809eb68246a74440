package io.loquent.core.internal.replay;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import org.junit.jupiter.api.Test;

/** Tables named schema.table replay under that name, named by the convention with their bare names. */
class SchemaQualifiedReplayTest {
    private static Schema built() {
        return Recorded.replay(Schema.EMPTY, op -> {
            op.createTable("app.users", t -> {
                t.column("id", integer().primaryKey());
                t.column("email", string(100).unique());
            });
            op.createTable("app.items", t -> {
                t.column("id", integer().primaryKey());
                t.column("user_id", integer().foreignKey("app.users.id"));
            });
            op.createIndex("ix_user", "app.items", "user_id");
        });
    }

    @Test
    void constraintsAndIndexesAreNamedWithTheBareTableAndKeepTheQualifiedReference() {
        Schema schema = built();
        Table items = schema.table("app.items").orElseThrow();
        assertThat(schema.table("items")).as("not the default schema's items").isEmpty();
        assertThat(schema.table("app.users").orElseThrow().constraints()).extracting(TableConstraint::name)
                .containsExactly("pk_users", "uq_users_email");
        assertThat(items.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_items_user_id_users");
            assertThat(fk.referencedTable()).isEqualTo("app.users");
        });
    }

    @Test
    void aRenameStaysInTheSchemaAndForeignKeysFollowIt() {
        Schema schema = Recorded.replay(built(), op -> op.renameTable("app.users", "people"));
        assertThat(schema.tableNames()).containsExactlyInAnyOrder("app.people", "app.items");
        assertThat(schema.table("app.items").orElseThrow().foreignKeys().get(0).referencedTable())
                .isEqualTo("app.people");
    }

    @Test
    void indexNamesArePerSchema() {
        Schema schema = Recorded.replay(built(), op -> {
            op.createTable("items", t -> t.column("user_id", integer()));
            op.createIndex("ix_user", "items", "user_id");
        });
        assertThat(schema.table("items").orElseThrow().index("ix_user")).isPresent();
        assertThatThrownBy(() -> Recorded.replay(schema, op -> {
            op.createTable("app.more", t -> t.column("user_id", integer()));
            op.createIndex("ix_user", "app.more", "user_id");
        })).hasMessageContaining("index already exists on table app.items");
    }

    /**
     * What reflection reads besides the default schema, found by following only the tables' names (issue #13), is
     * what the replayed schema's tables and their references name, through creations, renames, drops and keys added.
     */
    @Test
    void theSchemasOfAHistoryAreThoseOfItsReplayedTables() {
        java.util.function.Consumer<io.loquent.api.Op> history = op -> {
            op.createTable("app.users", t -> t.column("id", integer().primaryKey()));
            op.createTable("audit.log", t -> t.column("id", integer().primaryKey()));
            op.createTable("billing.accounts", t -> t.column("id", integer().primaryKey()));
            op.createTable("items", t -> {
                t.column("user_id", integer().foreignKey("app.users.id"));
                t.column("account_id", integer());
            });
            op.renameTable("app.users", "people");
            op.dropTable("audit.log");
            op.createTable("legacy.old", t -> t.column("id", integer()));
            op.renameTable("legacy.old", "kept");
        };

        java.util.Set<String> followed = Replay.schemas(Recorded.operations(history));

        assertThat(followed).containsExactly("app", "billing", "legacy")
                .isEqualTo(io.loquent.core.internal.run.Engine.schemasOf(Recorded.replay(history)));
    }
}
