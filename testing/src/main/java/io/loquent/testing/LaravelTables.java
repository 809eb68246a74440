package io.loquent.testing;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import java.util.List;

/**
 * The operations that the table builder's Laravel conveniences build, as core's DSL test expects them and every
 * dialect's golden SQL renders them.
 */
public final class LaravelTables {
    private static final ColumnType BIG_INTEGER = ColumnType.of(ColumnType.Kind.BIG_INTEGER);

    /** {@code createTable("users", t -> { t.id(); t.rememberToken(); t.softDeletes(); })}. */
    public static final CreateTable USERS = new CreateTable("users", List.of(
            new Column("id", BIG_INTEGER, false, true, null, null),
            new Column("remember_token", SeedTable.string(100), true, false, null, null),
            new Column("deleted_at", ColumnType.of(ColumnType.Kind.TIMESTAMP), true, false, null, null)),
            List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id"))), null);

    /**
     * {@code createTable("posts", t -> { t.id(); t.foreignId("user_id").constrained().cascadeOnDelete();
     * t.foreignId("editor_id").nullable().constrained("users").nullOnDelete();
     * t.foreignUuid("team_id").nullable().constrained().restrictOnDelete().cascadeOnUpdate();
     * t.nullableMorphs("subject"); })}, followed by {@link #POSTS_SUBJECT}.
     */
    public static final CreateTable POSTS = new CreateTable("posts", List.of(
            new Column("id", BIG_INTEGER, false, true, null, null),
            new Column("user_id", BIG_INTEGER, false, false, null, null),
            new Column("editor_id", BIG_INTEGER, true, false, null, null),
            new Column("team_id", ColumnType.of(ColumnType.Kind.UUID), true, false, null, null),
            new Column("subject_type", SeedTable.string(255), true, false, null, null),
            new Column("subject_id", BIG_INTEGER, true, false, null, null)),
            List.of(new TableConstraint.PrimaryKey("pk_posts", List.of("id")),
                    foreignKey("user_id", "users", ReferentialAction.CASCADE, null),
                    foreignKey("editor_id", "users", ReferentialAction.SET_NULL, null),
                    foreignKey("team_id", "teams", ReferentialAction.RESTRICT, ReferentialAction.CASCADE)),
            null);

    /** The index of {@code nullableMorphs("subject")}. */
    public static final CreateIndex POSTS_SUBJECT = new CreateIndex("ix_posts_subject_type_subject_id", "posts",
            List.of("subject_type", "subject_id"), false);

    /** {@code createTable("comments", t -> t.ulidPrimaryKey().morphs("commentable"))}, followed by its index. */
    public static final CreateTable COMMENTS = new CreateTable("comments", List.of(
            new Column("id", SeedTable.string(26), false, false, null, null),
            new Column("commentable_type", SeedTable.string(255), false, false, null, null),
            new Column("commentable_id", BIG_INTEGER, false, false, null, null)),
            List.of(new TableConstraint.PrimaryKey("pk_comments", List.of("id"))), null);

    private LaravelTables() {
    }

    /**
     * The golden SQL of {@link #USERS}, {@link #POSTS}, {@link #POSTS_SUBJECT} and {@link #COMMENTS} for a dialect
     * that quotes names in double quotes, as SQLite and PostgreSQL render them: they differ only in how they spell
     * an auto-increment big-integer key ({@code id}) and a UUID.
     */
    public static List<String> doubleQuotedSql(String id, String uuid) {
        return List.of("""
                CREATE TABLE "users" (
                    "id" %1$s,
                    "remember_token" VARCHAR(100),
                    "deleted_at" TIMESTAMP,
                    CONSTRAINT "pk_users" PRIMARY KEY ("id")
                )""".formatted(id), """
                CREATE TABLE "posts" (
                    "id" %1$s,
                    "user_id" BIGINT NOT NULL,
                    "editor_id" BIGINT,
                    "team_id" %2$s,
                    "subject_type" VARCHAR(255),
                    "subject_id" BIGINT,
                    CONSTRAINT "pk_posts" PRIMARY KEY ("id"),
                    CONSTRAINT "fk_posts_user_id_users" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
                    CONSTRAINT "fk_posts_editor_id_users" FOREIGN KEY ("editor_id") REFERENCES "users" ("id") ON DELETE SET NULL,
                    CONSTRAINT "fk_posts_team_id_teams" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
                )""".formatted(id, uuid),
                "CREATE INDEX \"ix_posts_subject_type_subject_id\" ON \"posts\" (\"subject_type\", \"subject_id\")", """
                CREATE TABLE "comments" (
                    "id" VARCHAR(26) NOT NULL,
                    "commentable_type" VARCHAR(255) NOT NULL,
                    "commentable_id" BIGINT NOT NULL,
                    CONSTRAINT "pk_comments" PRIMARY KEY ("id")
                )""");
    }

    /** The four operations, in the order of {@link #doubleQuotedSql}. */
    public static List<Operation> operations() {
        return List.of(USERS, POSTS, POSTS_SUBJECT, COMMENTS);
    }

    private static TableConstraint.ForeignKey foreignKey(String column, String table, ReferentialAction onDelete,
                                                         ReferentialAction onUpdate) {
        return new TableConstraint.ForeignKey("fk_posts_" + column + "_" + table, List.of(column), table,
                List.of("id"), onDelete, onUpdate);
    }
}
