package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pipeline, as a user runs it: {@code loquent upgrade --sql head} as a process, its stdout piped into
 * the database's own shell ({@code sqlite3}, {@code psql}, {@code mariadb}), gives the same catalogue, version table,
 * history and data as {@code loquent upgrade head} run online; and stdout holds the script alone. The shells run
 * under the string settings that break naive literals (PostgreSQL's {@code standard_conforming_strings = off},
 * MariaDB's {@code NO_BACKSLASH_ESCAPES}), and the values with backslashes and quotes arrive exactly, those of a bulk
 * insert and those bound to an {@code op.update}.
 */
class OfflinePipelineIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_OFFLINE = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_OFFLINE = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    private void revisions() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "p1", message = "users and posts")
                public final class P1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("users", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("name", string(100).nullable(false).defaultValue("it's \\\\ new"));
                            t.column("email", string(255).unique());
                            t.column("score", decimal(8, 2));
                            t.timestamps();
                        });
                        op.createIndex("ix_users_name", "users", "name");
                        op.createTable("posts", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("author_id", integer().foreignKey("users.id").onDelete("CASCADE"));
                        });
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("posts");
                        op.dropTable("users");
                    }
                }
                """);
        Files.writeString(migrations.resolve("2.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;
                import java.util.*;

                @Revision(id = "p2", down = "p1", message = "phone and people")
                public final class P2 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.addColumn("users", "phone", string(20));
                        op.bulkInsert("users", List.of(Map.of("name", "O'Brien \\\\' x", "email", "o@x"),
                                Map.of("name", "C:\\\\temp\\\\", "email", "c@x")));
                        op.update("UPDATE users SET phone = ? WHERE email = ?", "it's \\\\ 5?", "o@x");
                    }
                    @Override public void downgrade(Op op) {
                        op.execute("DELETE FROM users");
                        op.dropColumn("users", "phone");
                    }
                }
                """);
    }

    private Path project(String url) throws Exception {
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nscripts=migrations\n");
        return dir;
    }

    /** The offline script on stdout, and nothing else; progress on stderr only for online runs. */
    private String offlineScript(String url) throws Exception {
        CliRun offline = Processes.separately(project(url), "upgrade", "--sql", "head");
        assertThat(offline.exit()).as(offline.err()).isZero();
        assertThat(offline.out()).startsWith("-- Loquent ").doesNotContain("Running upgrade p1 -> p2, phone and people (");
        assertThat(offline.out().lines().filter(l -> !l.isBlank() && !l.startsWith("--")))
                .as("every line of the script is SQL or a comment").allMatch(l -> !l.startsWith("Running "));
        return offline.out();
    }

    private void online(String url) throws Exception {
        CliRun online = Processes.separately(project(url), "upgrade", "head");
        assertThat(online.exit()).as(online.err()).isZero();
        assertThat(online.out()).as("an online upgrade prints nothing on stdout").isEmpty();
        assertThat(online.err()).contains("Running upgrade <base> -> p1, users and posts (",
                "Running upgrade p1 -> p2, phone and people (");
    }

    @Test
    void sqlite3RunsTheOfflineScriptToTheSameDatabase() throws Exception {
        revisions();
        String onlineUrl = "jdbc:sqlite:" + dir.resolve("online.db");
        String offlineUrl = "jdbc:sqlite:" + dir.resolve("offline.db");
        online(onlineUrl);
        String script = offlineScript(offlineUrl);
        assertThat(dir.resolve("offline.db")).as("--sql never connects").doesNotExist();
        Processes.shell(script, Map.of(), "sqlite3", "-bail", dir.resolve("offline.db").toString());
        String schema = "select type || ' ' || name || ' ' || coalesce(sql, '') from sqlite_master order by name";
        assertThat(rows(offlineUrl, schema)).isEqualTo(rows(onlineUrl, schema)).isNotEmpty();
        sameData(onlineUrl, offlineUrl);
    }

    /** A revision that reads rows cannot be written as a script: one ERROR line naming it, no stack trace. */
    @Test
    void anOfflineScriptOfARevisionThatReadsTheDatabaseIsRefusedInOneLine() throws Exception {
        revisions();
        Files.writeString(dir.resolve("migrations").resolve("3.java"), """
                import io.loquent.api.*;
                import java.util.*;

                @Revision(id = "p3", down = "p2", message = "backfill")
                public final class P3 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        for (Map<String, Object> row : op.query("SELECT id, name FROM users")) {
                            op.update("UPDATE users SET name = ? WHERE id = ?", row.get("name") + "!", row.get("id"));
                        }
                    }
                    @Override public void downgrade(Op op) {
                    }
                }
                """);
        CliRun offline = Processes.separately(project("jdbc:sqlite:" + dir.resolve("offline.db")), "upgrade", "--sql",
                "head");
        assertThat(offline.exit()).as(offline.err()).isNotZero();
        assertThat(offline.err().lines().filter(l -> !l.startsWith("Compiled "))).as(offline.err()).singleElement()
                .asString()
                .startsWith("ERROR: revision p3 (").contains("3.java) failed in upgrade at line 7: it reads the"
                        + " database (op.query), which an offline script cannot: run this revision online ('loquent"
                        + " upgrade'), or end the offline script at the revision before it. Nothing ran on a database");
        assertThat(offline.err()).doesNotContain("\tat ", "Exception");
        CliRun upToBefore = Processes.separately(dir, "upgrade", "--sql", "p2");
        assertThat(upToBefore.exit()).as(upToBefore.err()).isZero();
    }

    @Test
    void psqlRunsTheOfflineScriptToTheSameSchema() throws Exception {
        revisions();
        TestDatabase online = POSTGRES.database();
        TestDatabase offline = POSTGRES_OFFLINE.database();
        online(online.url());
        String script = offlineScript(offline.url());
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        // Under the string setting that plain literals with backslashes break on: the script must not depend on it.
        Processes.shell("SET search_path TO \"" + offline.name() + "\";\n" + script,
                Map.of("PGOPTIONS", "-c standard_conforming_strings=off"), "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", "postgres", "-d", uri.getPath().substring(1));
        String columns = "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                + " || coalesce(column_default, '') || ' ' || is_identity from information_schema.columns"
                + " where table_schema = current_schema() order by 1";
        String constraints = "select table_name || ' ' || constraint_name || ' ' || constraint_type from"
                + " information_schema.table_constraints where table_schema = current_schema()"
                + " and constraint_type <> 'CHECK' order by 1";
        String indexes = "select indexname || ' ' || replace(indexdef, schemaname || '.', '') from pg_indexes"
                + " where schemaname = current_schema() order by 1";
        for (String query : List.of(columns, constraints, indexes)) {
            assertThat(rows(offline.url(), query)).isEqualTo(rows(online.url(), query)).isNotEmpty();
        }
        sameData(online.url(), offline.url());
    }

    @Test
    void mariadbRunsTheOfflineScriptToTheSameSchema() throws Exception {
        revisions();
        TestDatabase online = MYSQL.database();
        TestDatabase offline = MYSQL_OFFLINE.database();
        online(online.url());
        String script = offlineScript(offline.url());
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        // Under NO_BACKSLASH_ESCAPES, where escaped backslashes would be stored doubled: the script must not depend on it.
        Processes.shell(script, Map.of(), "mariadb", "--host=" + uri.getHost(), "--port=" + uri.getPort(), "--user=root",
                "--init-command=SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')", offline.name());
        String columns = "select concat_ws(' ', table_name, column_name, column_type, is_nullable,"
                + " coalesce(column_default, '-'), extra) from information_schema.columns"
                + " where table_schema = database() order by table_name, ordinal_position";
        String indexes = "select concat_ws(' ', table_name, index_name, seq_in_index, column_name, non_unique)"
                + " from information_schema.statistics where table_schema = database() order by 1";
        String keys = "select concat_ws(' ', k.table_name, k.constraint_name, k.column_name,"
                + " coalesce(k.referenced_table_name, '-'), coalesce(r.delete_rule, '-'))"
                + " from information_schema.key_column_usage k left join information_schema.referential_constraints r"
                + " on r.constraint_schema = k.constraint_schema and r.constraint_name = k.constraint_name"
                + " where k.table_schema = database() order by 1";
        for (String query : List.of(columns, indexes, keys)) {
            assertThat(rows(offline.url(), query)).isEqualTo(rows(online.url(), query)).isNotEmpty();
        }
        sameData(online.url(), offline.url());
    }

    /** The rows, the version table and the revisions the history records are the same both ways. */
    private static void sameData(String onlineUrl, String offlineUrl) throws Exception {
        for (String query : List.of("select name, email, phone from users order by email",
                "select version_num from loquent_version",
                "select revision, direction, checksum, success from loquent_history order by id")) {
            assertThat(rows(offlineUrl, query)).as(query).isEqualTo(rows(onlineUrl, query)).isNotEmpty();
        }
        assertThat(rows(offlineUrl, "select name, phone from users order by email"))
                .containsExactly("C:\\temp\\|null", "O'Brien \\' x|it's \\ 5?");
    }

    /** The rows of {@code sql} on {@code url}, each as its columns joined by {@code |}. */
    static List<String> rows(String url, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
