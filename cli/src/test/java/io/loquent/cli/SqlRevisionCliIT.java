package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .sql} revision, written by {@code loquent revision --sql} and filled in with SQL only its database's shell
 * splits right (a SQLite trigger, a PostgreSQL dollar-quoted function, a MariaDB procedure between {@code DELIMITER}
 * lines), with a Java revision after it, from the command line as processes: {@code --dry-run} changes nothing,
 * {@code upgrade head} and {@code upgrade --sql head} piped into the shell both build the objects, {@code check}
 * reports the edited file, and {@code downgrade base} removes everything.
 */
class SqlRevisionCliIT {
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

    /** What differs per database: the sections, how the shell runs a script, and how the objects are seen. */
    private record Database(String url, String upgrade, String downgrade, String probe, String tables) {
    }

    @Test
    void sqliteRunsASqlRevisionOnlineOfflineAndBack() throws Exception {
        String online = "jdbc:sqlite:" + dir.resolve("online.db");
        String offline = "jdbc:sqlite:" + dir.resolve("offline.db");
        String upgrade = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE);
                CREATE TRIGGER users_lower AFTER INSERT ON users BEGIN
                  UPDATE users SET email = lower(email) WHERE id = new.id; -- a ; in a comment
                END;
                INSERT INTO users (id, email) VALUES (1, 'A;B@X');""";
        String tables = "select name from sqlite_master where type = 'table' and name = 'users'";
        scenario(new Database(online, upgrade, "DROP TABLE users;", "select email from users", tables),
                new Database(offline, upgrade, "", "select email from users", tables),
                script -> Processes.shell(script, Map.of(), "sqlite3", "-bail", dir.resolve("offline.db").toString()));
    }

    @Test
    void postgresRunsASqlRevisionWithADollarQuotedFunction() throws Exception {
        TestDatabase online = POSTGRES.database();
        TestDatabase offline = POSTGRES_OFFLINE.database();
        String upgrade = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE);
                CREATE FUNCTION lower_email() RETURNS trigger AS $$
                BEGIN
                  NEW.email := lower(NEW.email); -- a ; inside the body
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER users_lower BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION lower_email();
                INSERT INTO users (id, email) VALUES (1, 'A;B@X');""";
        // a downgrade leaves repeatables alone: the view on users goes with the revision that drops users
        String downgrade = "DROP VIEW IF EXISTS user_emails;\nDROP TABLE users;\nDROP FUNCTION lower_email();";
        String tables = "select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_name = 'users'";
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        scenario(new Database(online.url(), upgrade, downgrade, "select email from users", tables),
                new Database(offline.url(), upgrade, downgrade, "select email from users", tables),
                script -> Processes.shell("SET search_path TO \"" + offline.name() + "\";\n" + script, Map.of(),
                        "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
                        String.valueOf(uri.getPort()), "-U", "postgres", "-d", uri.getPath().substring(1)));
    }

    @Test
    void mariadbRunsASqlRevisionWithAProcedureBetweenDelimiterLines() throws Exception {
        TestDatabase online = MYSQL.database();
        TestDatabase offline = MYSQL_OFFLINE.database();
        String upgrade = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE);
                DELIMITER //
                CREATE PROCEDURE add_user(IN address VARCHAR(255))
                BEGIN
                  INSERT INTO users (id, email) VALUES (1, lower(address)); # a ; inside the body
                END //
                DELIMITER ;
                CALL add_user('A;B@X');""";
        String downgrade = "DROP PROCEDURE add_user;\nDROP TABLE users;";
        String tables = "select table_name from information_schema.tables where table_schema = database()"
                + " and table_name = 'users'";
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        scenario(new Database(online.url(), upgrade, downgrade, "select email from users", tables),
                new Database(offline.url(), upgrade, downgrade, "select email from users", tables),
                script -> Processes.shell(script, Map.of(), "mariadb", "--host=" + uri.getHost(),
                        "--port=" + uri.getPort(), "--user=root", offline.name()));
    }

    @Test
    void aFileThatIsNeitherARevisionNorIgnoredIsOneWarningLine() throws Exception {
        project("jdbc:sqlite:" + dir.resolve("online.db"));
        CliRun made = Processes.separately(dir, "revision", "-m", "first", "--sql", "--rev-id", "s1");
        assertThat(made.exit()).as(made.err()).isZero();
        Files.writeString(dir.resolve("migrations/2_second.sq"), "-- loquent:revision id=s2 down=s1\n");
        Files.writeString(dir.resolve("migrations/README.md"), "what these are");
        CliRun up = Processes.separately(dir, "upgrade", "head");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err().lines().filter(l -> l.startsWith("WARNING:"))).containsExactly("WARNING: '"
                + Path.of("migrations", "2_second.sq") + "' in the scripts folder is neither a revision (.java or .sql)"
                + " nor ignored (hidden files, *~, README*, *.md), so it is not run. Move it out of the scripts"
                + " folder, or rename it if it is a revision");
    }

    private interface Shell {
        void run(String script) throws Exception;
    }

    private void scenario(Database online, Database offline, Shell shell) throws Exception {
        project(online.url());
        CliRun made = Processes.separately(dir, "revision", "-m", "create users", "--sql", "--rev-id", "s1");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Generated ").endsWith(".sql\n");
        Path file = dir.resolve(made.out().substring("Generated ".length()).strip());
        String written = Files.readString(file);
        assertThat(written).isEqualTo("-- loquent:revision id=s1 message=\"create users\"\n-- loquent:upgrade\n\n"
                + "-- loquent:downgrade\n\n");
        String filled = written.replace("-- loquent:upgrade\n\n", "-- loquent:upgrade\n" + online.upgrade() + "\n")
                .replace("-- loquent:downgrade\n\n", "-- loquent:downgrade\n" + online.downgrade() + "\n");
        Files.writeString(file, filled);
        javaRevisionAfter();
        CliRun repeatable = Processes.separately(dir, "revision", "-m", "emails view", "--sql", "--repeatable",
                "user_emails");
        assertThat(repeatable.exit()).as(repeatable.err()).isZero();
        Path view = dir.resolve(repeatable.out().substring("Generated ".length()).strip());
        assertThat(view).isEqualTo(dir.resolve("migrations/repeatable_user_emails.sql"));
        assertThat(Files.readString(view)).startsWith("-- loquent:repeatable name=user_emails message=\"emails view\"\n");
        Files.writeString(view, VIEW);
        String source = Path.of("migrations", "repeatable_user_emails.sql") + ":1";

        CliRun fresh = Processes.separately(dir, "check");
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.out().lines().filter(l -> l.startsWith("pending:"))).containsExactly("pending: repeatable"
                + " user_emails (" + source + ") has not run here; the next upgrade runs it");

        CliRun dry = Processes.separately(dir, "upgrade", "--dry-run", "head");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out() + dry.err()).contains("CREATE TABLE users (id INTEGER PRIMARY KEY")
                .contains("CREATE VIEW user_emails AS SELECT email FROM users");
        assertThat(OfflinePipelineIT.rows(online.url(), online.tables())).as("a dry run changes nothing").isEmpty();

        CliRun up = Processes.separately(dir, "upgrade", "head");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> s1, create users (", "Running upgrade s1 -> j2, note (",
                "Running repeatable user_emails, emails view (").doesNotContain("WARNING");
        assertThat(OfflinePipelineIT.rows(online.url(), online.probe())).containsExactly("a;b@x");
        assertThat(OfflinePipelineIT.rows(online.url(), "select note from users")).containsExactly("null");
        assertThat(OfflinePipelineIT.rows(online.url(), "select email from user_emails")).containsExactly("a;b@x");
        CliRun again = Processes.separately(dir, "upgrade", "head");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("repeatable").contains("Nothing to upgrade");
        CliRun current = Processes.separately(dir, "check");
        assertThat(current.out()).as("a repeatable that ran as it is is not pending").doesNotContain("pending:");
        Files.writeString(view, VIEW.replace("SELECT email FROM", "SELECT upper(email) AS email FROM"));
        CliRun changed = Processes.separately(dir, "check");
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out().lines().filter(l -> l.startsWith("pending:"))).singleElement().asString()
                .startsWith("pending: repeatable user_emails (" + source + ") changed since it ran at ")
                .endsWith("; the next upgrade runs it again");
        CliRun edited = Processes.separately(dir, "upgrade", "head");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.err()).contains("Running repeatable user_emails, emails view (");
        assertThat(OfflinePipelineIT.rows(online.url(), "select email from user_emails")).containsExactly("A;B@X");
        assertThat(OfflinePipelineIT.rows(online.url(), "select count(*) from loquent_history"
                + " where direction = 'repeat' and revision = 'user_emails'")).containsExactly("2");
        Files.writeString(view, VIEW);

        project(offline.url());
        CliRun sql = Processes.separately(dir, "upgrade", "--sql", "head");
        assertThat(sql.exit()).as(sql.err()).isZero();
        shell.run(sql.out());
        assertThat(OfflinePipelineIT.rows(offline.url(), offline.probe())).containsExactly("a;b@x");
        assertThat(OfflinePipelineIT.rows(offline.url(), "select version_num from loquent_version"))
                .containsExactly("j2");
        assertThat(OfflinePipelineIT.rows(offline.url(), "select email from user_emails")).containsExactly("a;b@x");

        project(online.url());
        Files.writeString(file, filled.replace("CREATE TABLE users", "CREATE TABLE  users"));
        CliRun check = Processes.separately(dir, "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains("revision s1 (")
                .contains("has changed since it was applied");
        Files.writeString(file, filled);

        CliRun down = Processes.separately(dir, "downgrade", "base");
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(OfflinePipelineIT.rows(online.url(), online.tables())).isEmpty();
    }

    /** A repeatable revision: run after the versioned ones, and again whenever the file changes. */
    private static final String VIEW = """
            -- loquent:repeatable name=user_emails message="emails view"
            DROP VIEW IF EXISTS user_emails;
            CREATE VIEW user_emails AS SELECT email FROM users;
            """;

    private void project(String url) throws Exception {
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nscripts=migrations\n");
    }

    private void javaRevisionAfter() throws Exception {
        Files.writeString(dir.resolve("migrations/99_note.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "j2", down = "s1", message = "note")
                public final class Note implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.addColumn("users", "note", text());
                    }
                    @Override public void downgrade(Op op) {
                        op.dropColumn("users", "note");
                    }
                }
                """);
    }
}
