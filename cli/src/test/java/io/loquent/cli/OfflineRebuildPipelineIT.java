package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Schema;
import io.loquent.dialect.mysql.MySqlDialect;
import io.loquent.dialect.postgres.PostgresDialect;
import io.loquent.dialect.sqlite.SqliteDialect;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline scripts whose changes need the table's current definition, which the history replayed offline supplies:
 * SQLite rebuilds (a column's type, nullability and default, a check added, a unique constraint dropped, a column
 * dropped with its index in a batch, a batch on a table with a foreign key) and MySQL's MODIFY COLUMN without {@code existingType} (a nullability change that
 * keeps the default and comment, a type change that keeps AUTO_INCREMENT), constraints dropped without their kind.
 * {@code upgrade --sql head} and then {@code downgrade --sql head:o1}, run as processes and piped into
 * {@code sqlite3}, {@code psql} and {@code mariadb}, leave the same reflected schema and rows as {@code upgrade head}
 * and {@code downgrade o1} run online.
 */
class OfflineRebuildPipelineIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_OFFLINE = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_OFFLINE = TestDatabaseExtension.mysql();

    private static final List<String> DATA = List.of("select id, name, email, score from users order by id",
            "select id, label from tags order by id", "select id, author_id from posts order by id",
            "select version_num from loquent_version");

    @TempDir
    Path dir;

    /** A shell that runs a script on the offline database. */
    private interface Shell {
        void run(String script) throws Exception;
    }

    private void revisions() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;
                import java.util.*;

                @Revision(id = "o1", message = "users, tags and posts")
                public final class O1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("users", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("name", string(100).nullable(false).defaultValue("anon").comment("full name"));
                            t.column("email", string(255).unique());
                            t.column("code", string(20));
                            t.column("score", integer());
                        });
                        op.createIndex("ix_users_code", "users", "code");
                        op.createTable("tags", t -> {
                            t.column("id", integer().primaryKey().autoIncrement().comment("tag id"));
                            t.column("label", string(50));
                        });
                        op.createTable("posts", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("author_id", integer().foreignKey("users.id").onDelete("CASCADE"));
                        });
                        op.bulkInsert("users", List.of(Map.of("name", "Ann", "email", "a@x", "code", "A", "score", 3),
                                Map.of("name", "Bob", "email", "b@x", "code", "B", "score", 5)));
                        op.bulkInsert("tags", List.of(Map.of("label", "t1"), Map.of("label", "t2")));
                        op.bulkInsert("posts", List.of(Map.of("id", 1, "author_id", 1), Map.of("id", 2, "author_id", 2)));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("posts");
                        op.dropTable("tags");
                        op.dropTable("users");
                    }
                }
                """);
        Files.writeString(migrations.resolve("2.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;
                import java.util.*;

                @Revision(id = "o2", down = "o1", message = "changes that restate the table")
                public final class O2 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.alterColumn("users", "name", c -> c.type(string(150)));
                        op.alterColumn("users", "name", c -> c.nullable(true));
                        op.alterColumn("tags", "id", c -> c.type(bigInteger()));
                        op.alterColumn("users", "score", c -> c.defaultValue(0));
                        op.createCheckConstraint("score_positive", "users", "score >= 0");
                        op.dropConstraint("uq_users_email", "users");
                        op.batchAlterTable("users", b -> b.dropIndex("ix_users_code").dropColumn("code"));
                        op.batchAlterTable("posts", b -> b.addColumn("title", string(80).nullable(false).defaultValue(""))
                                .alterColumn("author_id", c -> c.nullable(false)));
                        op.dropConstraint("fk_posts_author_id_users", "posts");
                    }
                    @Override public void downgrade(Op op) {
                        op.createForeignKey("fk_posts_author_id_users", "posts", "users", List.of("author_id"),
                                List.of("id"), "CASCADE");
                        op.batchAlterTable("posts", b -> b.alterColumn("author_id", c -> c.nullable(true))
                                .dropColumn("title"));
                        op.addColumn("users", "code", string(20));
                        op.createIndex("ix_users_code", "users", "code");
                        op.createUniqueConstraint("uq_users_email", "users", "email");
                        op.dropConstraint("ck_users_score_positive", "users");
                        op.alterColumn("users", "score", c -> c.serverDefault(null));
                        op.alterColumn("tags", "id", c -> c.type(integer()));
                        op.alterColumn("users", "name", c -> c.nullable(false));
                        op.alterColumn("users", "name", c -> c.type(string(100)));
                    }
                }
                """);
    }

    private Path project(String url) throws Exception {
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nscripts=migrations\n");
        return dir;
    }

    private String cli(String url, String... args) throws Exception {
        CliRun run = Processes.separately(project(url), args);
        assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run.out();
    }

    /**
     * Online and offline, upgrade to head and then down to o1; after each, the offline database has the schema and
     * rows of the online one. Returns the offline upgrade script.
     */
    private String sameBothWays(Dialect dialect, String onlineUrl, String offlineUrl, Shell shell) throws Exception {
        revisions();
        cli(onlineUrl, "upgrade", "head");
        String upgrade = cli(offlineUrl, "upgrade", "--sql", "head");
        shell.run(upgrade);
        Schema upgraded = reflect(dialect, onlineUrl);
        assertThat(reflect(dialect, offlineUrl)).isEqualTo(upgraded);
        assertThat(upgraded.table("users").orElseThrow().column("code")).as("o2 ran").isEmpty();
        sameRows(onlineUrl, offlineUrl);

        cli(onlineUrl, "downgrade", "o1");
        String downgrade = cli(offlineUrl, "downgrade", "--sql", "head:o1");
        shell.run(downgrade);
        Schema downgraded = reflect(dialect, onlineUrl);
        assertThat(reflect(dialect, offlineUrl)).isEqualTo(downgraded).isNotEqualTo(upgraded);
        assertThat(downgraded.table("users").orElseThrow().column("code")).as("o2 was reverted").isPresent();
        sameRows(onlineUrl, offlineUrl);
        return upgrade;
    }

    @Test
    void sqlite3RunsOfflineRebuildsToTheSameDatabase() throws Exception {
        Path offline = dir.resolve("offline.db");
        String script = sameBothWays(new SqliteDialect(), "jdbc:sqlite:" + dir.resolve("online.db"),
                "jdbc:sqlite:" + offline, s -> Processes.shell(s, Map.of(), "sqlite3", "-bail", offline.toString()));
        assertThat(script).startsWith("-- Loquent ").contains("PRAGMA foreign_keys = OFF;",
                "CREATE TABLE \"_loquent_rebuild_users\"", "CREATE TABLE \"_loquent_rebuild_posts\"",
                "CREATE TABLE \"_loquent_rebuild_tags\"");
    }

    @Test
    void psqlRunsTheOfflineScriptsToTheSameSchema() throws Exception {
        TestDatabase online = POSTGRES.database();
        TestDatabase offline = POSTGRES_OFFLINE.database();
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        sameBothWays(new PostgresDialect(), online.url(), offline.url(), s -> Processes.shell(
                "SET search_path TO \"" + offline.name() + "\";\n" + s, Map.of(), "psql", "-X", "-q", "-v",
                "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", "postgres", "-d",
                uri.getPath().substring(1)));
    }

    @Test
    void mariadbRunsModifyWithoutExistingTypeToTheSameSchema() throws Exception {
        TestDatabase online = MYSQL.database();
        TestDatabase offline = MYSQL_OFFLINE.database();
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        String script = sameBothWays(new MySqlDialect(), online.url(), offline.url(), s -> Processes.shell(s,
                Map.of(), "mariadb", "--host=" + uri.getHost(), "--port=" + uri.getPort(), "--user=root",
                offline.name()));
        assertThat(script).contains(
                "MODIFY COLUMN `name` VARCHAR(150) NOT NULL DEFAULT 'anon' COMMENT 'full name';",
                "MODIFY COLUMN `name` VARCHAR(150) DEFAULT 'anon' COMMENT 'full name';",
                "MODIFY COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'tag id';",
                "DROP INDEX `uq_users_email`;",
                "DROP FOREIGN KEY `fk_posts_author_id_users`, DROP INDEX `fk_posts_author_id_users`;");
    }

    /**
     * The schema with Loquent's version and history tables, but not the snapshot table: an online run creates it
     * after its revisions, a script from base before them, and what it holds is compared by the drift tests.
     */
    private static Schema reflect(Dialect dialect, String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return dialect.reflect(c, Set.of("loquent_snapshot"));
        }
    }

    private static void sameRows(String onlineUrl, String offlineUrl) throws Exception {
        for (String query : DATA) {
            assertThat(OfflinePipelineIT.rows(offlineUrl, query)).as(query)
                    .isEqualTo(OfflinePipelineIT.rows(onlineUrl, query)).isNotEmpty();
        }
    }
}
