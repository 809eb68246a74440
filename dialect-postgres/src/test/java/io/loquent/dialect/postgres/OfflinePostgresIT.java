package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Loquent;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An offline script piped into psql builds the same schema and version table as an online run on PostgreSQL. */
class OfflinePostgresIT {
    @RegisterExtension
    static final TestDatabaseExtension ONLINE = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension OFFLINE = TestDatabaseExtension.postgres();

    @TempDir
    Path dir;

    @Test
    void psqlRunsTheOfflineScriptToTheSameResult() throws Exception {
        Path scripts = dir.resolve("migrations");
        RevisionFiles.write(scripts, "1.java", "a1", null, """
                op.createTable("users", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(100).nullable(false));
                            t.column("email", string(255).unique());
                            t.column("is_active", bool().defaultValue(true));
                            t.timestamps();
                        });
                        op.createIndex("idx_users_email", "users", "email");""", "op.dropTable(\"users\");");
        RevisionFiles.write(scripts, "2.java", "b2", "a1", """
                op.createTable("posts", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("author_id", integer().foreignKey("users.id").onDelete("CASCADE"));
                        });
                        op.bulkInsert("users", java.util.List.of(java.util.Map.of("name", "O'Brien", "email", "o@x")));""",
                "op.dropTable(\"posts\");");
        TestDatabase online = ONLINE.database();
        TestDatabase offline = OFFLINE.database();
        Loquent.configure().url(online.url()).scripts(scripts).load().upgrade("head");

        String script = Loquent.configure().url(offline.url()).scripts(scripts).load().offlineSql("head", true);
        psql(offline, "SET search_path TO \"" + offline.name() + "\";\n" + script);

        assertThat(catalogue(offline)).isEqualTo(catalogue(online)).isNotEmpty();
        assertThat(offline.rows("select version_num from loquent_version")).containsExactly("b2");
        assertThat(offline.rows("select name from users")).containsExactly("O'Brien");
    }

    @Test
    void dryRunRunsInsideARolledBackTransaction() throws Exception {
        Path scripts = dir.resolve("dry");
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.createTable("drafts", t -> t.column("id", integer().primaryKey()));
                        op.addColumn("drafts", "title", string(50));""", "");
        TestDatabase db = OFFLINE.database();
        String plan = Loquent.configure().url(db.url()).scripts(scripts).versionTable("dry_version")
                .historyTable("dry_history").load().dryRun("head", true);
        assertThat(plan).contains("BEGIN;", "CREATE TABLE \"drafts\"", "ALTER TABLE \"drafts\" ADD COLUMN \"title\"",
                "INSERT INTO \"dry_version\"", "COMMIT;");
        assertThat(db.rows("select count(*) from information_schema.tables where table_schema = ?"
                + " and table_name in ('drafts', 'dry_version', 'dry_history')", db.name())).containsExactly("0");
    }

    private static List<String> catalogue(TestDatabase db) throws Exception {
        List<String> rows = new java.util.ArrayList<>(db.rows("select table_name || '.' || column_name || ' ' || data_type"
                + " || ' ' || is_nullable || ' ' || coalesce(column_default, '') from information_schema.columns"
                + " where table_schema = ? and table_name not like 'loquent_history%' order by 1", db.name()));
        rows.addAll(db.rows("select table_name || ' ' || constraint_name || ' ' || constraint_type"
                + " from information_schema.table_constraints where table_schema = ?"
                + " and table_name not like 'loquent_history%' and constraint_type <> 'CHECK' order by 1", db.name()));
        rows.addAll(db.rows("select indexname || ' ' || replace(indexdef, schemaname || '.', '') from pg_indexes"
                + " where schemaname = ? and tablename not like 'loquent_history%' order by 1", db.name()));
        return rows;
    }

    /** Runs a script with psql against the database's server, stopping at the first error. */
    private static void psql(TestDatabase db, String script) throws Exception {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        String user = "postgres";
        for (String pair : uri.getQuery().split("&")) {
            if (pair.startsWith("user=")) {
                user = pair.substring("user=".length());
            }
        }
        Process p = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", user, "-d", uri.getPath().substring(1))
                .redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
