package io.loquent.core.internal.replay;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static io.loquent.api.Types.text;
import static io.loquent.core.internal.replay.Recorded.refused;
import static io.loquent.core.internal.replay.Recorded.replay;
import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.Op;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Tables, sequences, rows, raw SQL and batches replayed onto the schema model, and what the interpreter refuses. */
class InterpreterTablesTest {
    static final Consumer<Op> USERS_AND_POSTS = op -> {
        op.createTable("users", t -> {
            t.column("id", integer().primaryKey());
            t.column("email", string(255).unique());
            t.index("email");
            t.comment("people");
        });
        op.createTable("posts", t -> {
            t.column("id", integer().primaryKey());
            t.column("author_id", integer().foreignKey("users.id"));
        });
    };

    @Test
    void createTableKeepsColumnsConstraintsIndexesAndComment() {
        Table users = replay(USERS_AND_POSTS).table("users").orElseThrow();
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email");
        assertThat(users.constraints()).extracting(TableConstraint::name).containsExactly("pk_users", "uq_users_email");
        assertThat(users.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("ix_users_email");
            assertThat(i.columns()).containsExactly("email");
            assertThat(i.unique()).isFalse();
        });
        assertThat(users.comment()).isEqualTo("people");
        assertThat(users.column("id").orElseThrow().autoIncrement()).isTrue();
    }

    @Test
    void createTableIsRefusedTwiceOrWithAMissingReference() {
        Schema schema = replay(USERS_AND_POSTS);
        refused(schema, op -> op.createTable("users", t -> t.column("id", integer())),
                "createTable users: table already exists at revision 3f2a");
        refused(Schema.EMPTY, op -> op.createTable("posts",
                        t -> t.column("author_id", integer().foreignKey("users.id"))),
                "createTable posts: foreign key fk_posts_author_id_users references table users, which does not exist"
                        + " at revision 3f2a");
        refused(schema, op -> op.createTable("c", t -> t.column("u", integer().foreignKey("users.nope"))),
                "createTable c: foreign key fk_c_u_users references column users.nope, which does not exist"
                        + " at revision 3f2a");
    }

    @Test
    void aSelfReferenceIsAllowed() {
        Schema schema = replay(op -> op.createTable("nodes", t -> t.column("id", integer().primaryKey())
                .column("parent", integer().foreignKey("nodes.id"))));
        assertThat(schema.table("nodes").orElseThrow().foreignKeys()).hasSize(1);
        assertThat(replay(schema, op -> op.dropTable("nodes")).tables()).isEmpty();
    }

    @Test
    void dropTableRemovesItUnlessAnotherTableReferencesIt() {
        Schema schema = replay(USERS_AND_POSTS);
        refused(schema, op -> op.dropTable("users"), "dropTable users: foreign key fk_posts_author_id_users of table"
                + " posts references it; drop that first at revision 3f2a");
        refused(schema, op -> op.dropTable("nope"), "dropTable nope: no such table at revision 3f2a");
        assertThat(replay(schema, op -> {
            op.dropTable("posts");
            op.dropTable("users");
        }).tables()).isEmpty();
    }

    @Test
    void renameTableTakesTheForeignKeysThatReferenceIt() {
        Schema schema = replay(replay(USERS_AND_POSTS), op -> op.renameTable("users", "people"));
        assertThat(schema.tableNames()).containsExactly("people", "posts");
        assertThat(schema.table("people").orElseThrow().primaryKey()).map(TableConstraint::name).contains("pk_users");
        assertThat(schema.table("posts").orElseThrow().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("people"));
        refused(schema, op -> op.renameTable("people", "posts"),
                "renameTable people: table posts already exists at revision 3f2a");
        refused(schema, op -> op.renameTable("users", "x"), "renameTable users: no such table at revision 3f2a");
    }

    @Test
    void bulkInsertChangesNothingButNeedsTheTableAndItsColumns() {
        Schema schema = replay(USERS_AND_POSTS);
        assertThat(replay(schema, op -> op.bulkInsert("users", List.of(Map.of("email", "a"))))).isEqualTo(schema);
        refused(schema, op -> op.bulkInsert("people", List.of(Map.of("email", "a"))),
                "bulkInsert people: no such table at revision 3f2a");
        refused(schema, op -> op.bulkInsert("users", List.of(Map.of("phone", "1"))),
                "bulkInsert users: no such column phone at revision 3f2a");
    }

    @Test
    void rawSqlLeavesTheSchemaAsItIs() {
        Schema schema = replay(USERS_AND_POSTS);
        assertThat(Interpreter.apply(schema, new ExecuteSql("DROP TABLE posts"), null)).isEqualTo(schema);
    }

    @Test
    void batchAlterTableAppliesItsOperationsInOrder() {
        Schema schema = replay(replay(USERS_AND_POSTS), op -> op.batchAlterTable("users", b -> b
                .addColumn("phone", string(20)).renameColumn("phone", "mobile").dropConstraint("uq_users_email")));
        Table users = schema.table("users").orElseThrow();
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "mobile");
        assertThat(users.constraint("uq_users_email")).isEmpty();
        refused(schema, op -> op.batchAlterTable("nope", b -> b.dropColumn("x")),
                "batchAlterTable nope: no such table at revision 3f2a");
        refused(schema, op -> op.batchAlterTable("users", b -> b.dropColumn("mobile").dropColumn("mobile")),
                "dropColumn users.mobile: no such column at revision 3f2a");
    }

    @Test
    void sequencesAreCreatedAndDroppedByName() {
        Schema schema = replay(op -> op.createSequence("order_seq", 100, 5));
        assertThat(schema.sequences()).containsExactly(new Sequence("order_seq", 100, 5));
        refused(schema, op -> op.createSequence("order_seq"),
                "createSequence order_seq: sequence already exists at revision 3f2a");
        assertThat(replay(schema, op -> op.dropSequence("order_seq")).sequences()).isEmpty();
        refused(Schema.EMPTY, op -> op.dropSequence("order_seq"),
                "dropSequence order_seq: no such sequence at revision 3f2a");
    }

    @Test
    void viewsAreCreatedReplacedAndDroppedByName() {
        Schema schema = replay(op -> op.createView("v", "SELECT 1"));
        assertThat(schema.views()).containsExactly(new io.loquent.api.schema.View("v", "SELECT 1"));
        refused(schema, op -> op.createView("v", "SELECT 2"),
                "createView v: view already exists; createOrReplaceView replaces it at revision 3f2a");
        assertThat(replay(schema, op -> op.createOrReplaceView("v", "SELECT 2")).views())
                .containsExactly(new io.loquent.api.schema.View("v", "SELECT 2"));
        assertThat(replay(schema, op -> op.dropView("v")).views()).isEmpty();
        assertThat(replay(Schema.EMPTY, op -> op.dropViewIfExists("v"))).isEqualTo(Schema.EMPTY);
        refused(Schema.EMPTY, op -> op.dropView("v"),
                "dropView v: no such view; dropViewIfExists drops it only if it exists at revision 3f2a");
    }

    @Test
    void existenceFormsKeepWhatIsThereAndSkipWhatIsNot() {
        Schema schema = replay(op -> op.createTable("t", t -> t.column("id", integer().primaryKey())));
        assertThat(replay(schema, op -> op.createTableIfNotExists("t", t -> t.column("other", text()))))
                .as("the table there is kept as it is").isEqualTo(schema);
        assertThat(replay(Schema.EMPTY, op -> op.createTableIfNotExists("t", t -> t.column("id",
                integer().primaryKey())))).isEqualTo(schema);
        assertThat(replay(Schema.EMPTY, op -> {
            op.dropTableIfExists("t");
            op.dropIndexIfExists("ix", "t");
            op.dropSequenceIfExists("s");
        })).isEqualTo(Schema.EMPTY);
        assertThat(replay(schema, op -> op.dropTableIfExists("t")).tables()).isEmpty();
    }

    @Test
    void aRefusalWithoutARevisionSaysNoRevision() {
        ReplayException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Interpreter.apply(Schema.EMPTY, new io.loquent.api.operation.DropTable("users"), null),
                ReplayException.class);
        assertThat(e).hasMessage("dropTable users: no such table");
        assertThat(e.operation()).isEqualTo("dropTable");
        assertThat(e.subject()).isEqualTo("users");
        assertThat(e.revision()).isNull();
    }
}
