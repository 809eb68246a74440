package io.loquent.core.internal.replay;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static io.loquent.core.internal.replay.InterpreterTablesTest.USERS_AND_POSTS;
import static io.loquent.core.internal.replay.Recorded.refused;
import static io.loquent.core.internal.replay.Recorded.replay;
import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import org.junit.jupiter.api.Test;

/** Column operations replayed onto the schema model, and what the interpreter refuses. */
class InterpreterColumnsTest {
    private final Schema schema = replay(replay(USERS_AND_POSTS), op -> op.addColumn("users", "phone", string(20)));

    private static Column column(Schema schema, String table, String column) {
        return schema.table(table).orElseThrow().column(column).orElseThrow();
    }

    @Test
    void addColumnAppendsTheColumnWithItsConstraints() {
        Schema added = replay(schema, op -> op.addColumn("users", "code", string(8).unique().nullable(false)));
        Table users = added.table("users").orElseThrow();
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "phone", "code");
        assertThat(users.column("code").orElseThrow().nullable()).isFalse();
        assertThat(users.constraint("uq_users_code")).containsInstanceOf(TableConstraint.Unique.class);
    }

    @Test
    void addColumnIsRefusedForAnExistingColumnOrAMissingTableOrReference() {
        refused(schema, op -> op.addColumn("users", "phone", string(20)),
                "addColumn users.phone: column already exists at revision 3f2a");
        refused(schema, op -> op.addColumn("people", "phone", string(20)),
                "addColumn people.phone: no such table at revision 3f2a");
        refused(schema, op -> op.addColumn("posts", "tag_id", integer().foreignKey("tags.id")),
                "addColumn posts.tag_id: foreign key fk_posts_tag_id_tags references table tags, which does not exist"
                        + " at revision 3f2a");
    }

    @Test
    void dropColumnRemovesAColumnNothingNames() {
        assertThat(replay(schema, op -> op.dropColumn("users", "phone")).table("users").orElseThrow().columns())
                .extracting(Column::name).containsExactly("id", "email");
    }

    @Test
    void dropColumnIsRefusedWhileAKeyOrIndexNamesIt() {
        refused(schema, op -> op.dropColumn("users", "nope"), "dropColumn users.nope: no such column at revision 3f2a");
        refused(schema, op -> op.dropColumn("users", "email"),
                "dropColumn users.email: unique uq_users_email still names it; drop it first at revision 3f2a");
        Schema noUnique = replay(schema, op -> op.dropConstraint("uq_users_email", "users"));
        refused(noUnique, op -> op.dropColumn("users", "email"),
                "dropColumn users.email: index ix_users_email still names it; drop it first at revision 3f2a");
        refused(schema, op -> op.dropColumn("posts", "author_id"), "dropColumn posts.author_id: foreign key"
                + " fk_posts_author_id_users still names it; drop it first at revision 3f2a");
        Schema unkeyed = replay(op -> {
            op.createTable("codes", t -> t.column("code", integer()).column("label", integer()));
            op.createTable("refs", t -> t.column("code", integer().foreignKey("codes.code")));
        });
        refused(unkeyed, op -> op.dropColumn("codes", "code"), "dropColumn codes.code: foreign key fk_refs_code_codes"
                + " of table refs references it; drop it first at revision 3f2a");
        Schema single = replay(op -> op.createTable("one", t -> t.column("a", integer())));
        refused(single, op -> op.dropColumn("one", "a"),
                "dropColumn one.a: it is the table's only column; drop the table instead at revision 3f2a");
    }

    @Test
    void renameColumnRenamesItWhereverItIsNamed() {
        Schema renamed = replay(schema, op -> op.renameColumn("users", "id", "user_id"));
        Table users = renamed.table("users").orElseThrow();
        assertThat(users.columns()).extracting(Column::name).containsExactly("user_id", "email", "phone");
        assertThat(users.primaryKey().orElseThrow().columns()).containsExactly("user_id");
        assertThat(renamed.table("posts").orElseThrow().foreignKeys().get(0).referencedColumns())
                .containsExactly("user_id");
        refused(schema, op -> op.renameColumn("users", "phone", "email"),
                "renameColumn users.phone: column email already exists at revision 3f2a");
        refused(schema, op -> op.renameColumn("users", "mobile", "cell"),
                "renameColumn users.mobile: no such column at revision 3f2a");
    }

    @Test
    void alterColumnChangesTypeNullabilityDefaultAndComment() {
        Schema altered = replay(schema, op -> op.alterColumn("users", "phone", c -> c.type(string(40))
                .nullable(false).serverDefault("'none'").comment("mobile")));
        Column phone = column(altered, "users", "phone");
        assertThat(phone.type()).isEqualTo(string(40).type());
        assertThat(phone.nullable()).isFalse();
        assertThat(phone.defaultValue()).isEqualTo(new DefaultValue.Sql("'none'"));
        assertThat(phone.comment()).isEqualTo("mobile");
        Column cleared = column(replay(altered, op -> op.alterColumn("users", "phone", c -> c.serverDefault(null)
                .comment(""))), "users", "phone");
        assertThat(cleared.defaultValue()).isNull();
        assertThat(cleared.comment()).as("an empty comment removes it").isNull();
        assertThat(cleared.type()).as("unchanged").isEqualTo(string(40).type());
    }

    @Test
    void alterColumnCanRenameAndIsRefusedWhereTheDatabaseWould() {
        Schema renamed = replay(schema, op -> op.alterColumn("users", "phone", c -> c.newName("mobile")));
        assertThat(renamed.table("users").orElseThrow().column("mobile")).isPresent();
        refused(schema, op -> op.alterColumn("users", "phone", c -> c.newName("email")),
                "alterColumn users.phone: column email already exists at revision 3f2a");
        refused(schema, op -> op.alterColumn("users", "fax", c -> c.nullable(false)),
                "alterColumn users.fax: no such column at revision 3f2a");
        refused(schema, op -> op.alterColumn("users", "id", c -> c.nullable(true)),
                "alterColumn users.id: primary key pk_users names it, so it cannot be nullable at revision 3f2a");
    }
}
