package io.loquent.dialectkit;

import java.nio.file.Path;

/** One revision built with the table builder's Laravel conveniences only, and a downgrade that removes it. */
final class LaravelScripts {
    private LaravelScripts() {
    }

    static void write(Path folder) {
        RevisionFiles.write(folder, "1.java", "l1", null, """
                op.createTable("users", t -> {
                            t.id();
                            t.column("name", string(50));
                            t.rememberToken();
                            t.timestamps();
                            t.softDeletes();
                        });
                        op.createTable("teams", t -> t.uuidPrimaryKey().column("name", string(50)));
                        op.createTable("posts", t -> {
                            t.id();
                            t.foreignId("user_id").constrained().cascadeOnDelete();
                            t.foreignId("editor_id").nullable().constrained("users").nullOnDelete();
                            t.foreignUuid("team_id").nullable().constrained().restrictOnDelete().cascadeOnUpdate();
                            t.nullableMorphs("subject");
                        });
                        op.createTable("comments", t -> {
                            t.ulidPrimaryKey();
                            t.morphs("commentable");
                            t.foreignUlid("reply_to_id").nullable().constrained("comments");
                        });""", """
                op.dropTable("comments");
                        op.dropTable("posts");
                        op.dropTable("teams");
                        op.dropTable("users");""");
    }
}
