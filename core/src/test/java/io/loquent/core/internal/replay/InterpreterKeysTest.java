package io.loquent.core.internal.replay;

import static io.loquent.api.Types.integer;
import static io.loquent.core.internal.replay.InterpreterTablesTest.USERS_AND_POSTS;
import static io.loquent.core.internal.replay.Recorded.refused;
import static io.loquent.core.internal.replay.Recorded.replay;
import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexes and constraints replayed onto the schema model, and what the interpreter refuses. */
class InterpreterKeysTest {
    private final Schema schema = replay(USERS_AND_POSTS);

    @Test
    void createIndexAddsItAndDropIndexRemovesIt() {
        Schema indexed = replay(schema, op -> op.createUniqueIndex("ux_posts_author", "posts", "author_id", "id"));
        Index index = indexed.table("posts").orElseThrow().index("ux_posts_author").orElseThrow();
        assertThat(index.columns()).containsExactly("author_id", "id");
        assertThat(index.unique()).isTrue();
        assertThat(replay(indexed, op -> op.dropIndex("ux_posts_author", "posts")).table("posts").orElseThrow()
                .indexes()).isEmpty();
    }

    @Test
    void createIndexIsRefusedForATakenNameOrAnUnknownColumn() {
        refused(schema, op -> op.createIndex("ix_users_email", "posts", "id"),
                "createIndex posts.ix_users_email: index already exists on table users at revision 3f2a");
        refused(schema, op -> op.createIndex("ix_posts_title", "posts", "title"), "createIndex posts.ix_posts_title:"
                + " index 'ix_posts_title' of table 'posts' names column 'title', which the table does not have; for"
                + " a key on an expression write i -> i.expression(\"title\") at revision 3f2a");
        refused(schema, op -> op.createIndex("ix_tags_name", "tags", "name"),
                "createIndex tags.ix_tags_name: no such table at revision 3f2a");
    }

    @Test
    void dropIndexIsRefusedForAMissingIndexOrAConstraint() {
        refused(schema, op -> op.dropIndex("ix_users_email", "posts"),
                "dropIndex posts.ix_users_email: no such index at revision 3f2a");
        refused(schema, op -> op.dropIndex("uq_users_email", "users"), "dropIndex users.uq_users_email: it is a"
                + " constraint, not an index; use dropConstraint at revision 3f2a");
    }

    @Test
    void addConstraintAddsEachKind() {
        Schema added = replay(schema, op -> {
            op.createTable("pairs", t -> t.column("a", integer().nullable(false)).column("b", integer()));
            op.createPrimaryKey(null, "pairs", "a");
            op.createUniqueConstraint(null, "pairs", "a", "b");
            op.createForeignKey(null, "pairs", "users", List.of("b"), List.of("id"), "CASCADE");
            op.createCheckConstraint("positive", "pairs", "a > 0");
        });
        Table pairs = added.table("pairs").orElseThrow();
        assertThat(pairs.constraints()).extracting(TableConstraint::name)
                .containsExactly("pk_pairs", "uq_pairs_a_b", "fk_pairs_b_users", "ck_pairs_positive");
        assertThat(pairs.foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void addConstraintIsRefusedWhereTheDatabaseWould() {
        refused(schema, op -> op.createUniqueConstraint("uq_users_email", "users", "id"),
                "addConstraint users.uq_users_email: constraint already exists at revision 3f2a");
        refused(schema, op -> op.createPrimaryKey("pk_again", "users", "email"),
                "addConstraint users.pk_again: the table already has primary key pk_users at revision 3f2a");
        refused(schema, op -> op.createForeignKey("fk_x", "posts", "tags", List.of("id"), List.of("id")),
                "addConstraint posts.fk_x: foreign key fk_x references table tags, which does not exist"
                        + " at revision 3f2a");
        refused(schema, op -> op.createUniqueConstraint("uq_x", "posts", "title"), "addConstraint posts.uq_x:"
                + " constraint 'uq_x' of table 'posts' names column 'title', which the table does not have"
                + " at revision 3f2a");
    }

    @Test
    void dropConstraintFindsItByNameAndAGivenKindMustMatch() {
        Schema dropped = replay(schema, op -> op.dropConstraint("uq_users_email", "users",
                TableConstraint.Kind.UNIQUE));
        assertThat(dropped.table("users").orElseThrow().constraint("uq_users_email")).isEmpty();
        refused(schema, op -> op.dropConstraint("uq_users_email", "users", TableConstraint.Kind.FOREIGN_KEY),
                "dropConstraint users.uq_users_email: it is a unique constraint, not a foreign key constraint"
                        + " at revision 3f2a");
        refused(schema, op -> op.dropConstraint("uq_nope", "users"),
                "dropConstraint users.uq_nope: no such constraint at revision 3f2a");
        refused(schema, op -> op.dropConstraint("ix_users_email", "users"),
                "dropConstraint users.ix_users_email: it is an index, not a constraint; use dropIndex"
                        + " at revision 3f2a");
    }

    @Test
    void aKeyAForeignKeyReliesOnCannotBeDroppedUnlessAnotherCoversItsColumns() {
        refused(schema, op -> op.dropConstraint("pk_users", "users"), "dropConstraint users.pk_users: foreign key"
                + " fk_posts_author_id_users of table posts references its columns; drop that first at revision 3f2a");
        Schema covered = replay(schema, op -> op.createUniqueIndex("ux_users_id", "users", "id"));
        assertThat(replay(covered, op -> op.dropConstraint("pk_users", "users")).table("users").orElseThrow()
                .primaryKey()).isEmpty();
    }
}
