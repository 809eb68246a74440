package io.loquent.dialectkit;


import java.nio.file.Path;

/** The seed example as revision files: four tables, then the common operations. */
final class SeedScripts {
    private SeedScripts() {
    }

    static void write(Path folder) {
        RevisionFiles.write(folder, "1.java", "s1", null, """
                op.createTable("users", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(50).nullable(false));
                            t.column("email", string(255).unique());
                            t.column("old_field", string(20));
                            t.column("is_active", bool().defaultValue(true));
                            t.timestamps();
                        });
                        op.createIndex("idx_users_email", "users", "email");
                        op.createTable("posts", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("author_id", integer().nullable(false).foreignKey("users.id").onDelete("CASCADE"));
                            t.column("title", string(200).nullable(false));
                            t.column("body", text());
                        });
                        op.createTable("tags", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(50).nullable(false).unique());
                        });
                        op.createTable("post_tags", t -> {
                            t.column("post_id", integer().nullable(false).foreignKey("posts.id").onDelete("CASCADE"));
                            t.column("tag_id", integer().nullable(false).foreignKey("tags.id").onDelete("CASCADE"));
                            t.uniqueNamed("uq_post_tags", "post_id", "tag_id");
                        });""", """
                op.dropTable("post_tags");
                        op.dropTable("tags");
                        op.dropTable("posts");
                        op.dropTable("users");""");
        RevisionFiles.write(folder, "2.java", "s2", "s1", """
                op.addColumn("users", "phone", string(20));
                        op.renameColumn("users", "email", "email_address");
                        op.batchAlterTable("users", b -> b.alterColumn("name", c -> c.type(string(100))));
                        op.dropColumn("users", "old_field");""", """
                op.addColumn("users", "old_field", string(20));
                        op.batchAlterTable("users", b -> b.alterColumn("name", c -> c.type(string(50))));
                        op.renameColumn("users", "email_address", "email");
                        op.dropColumn("users", "phone");""");
    }
}
