package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .sql} revisions in the same graph as Java ones, and repeatable ones outside it, on a real SQLite file, read
 * back from its catalogue.
 */
class SqlRevisionSqliteTest {
    private static final String USERS = """
            -- loquent:revision id=a1 message="create users table"
            -- loquent:upgrade
            CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE);
            INSERT INTO users (id, email) VALUES (1, 'a;b@example.com'); -- a ; in a string and in a comment
            CREATE TRIGGER users_lower AFTER INSERT ON users BEGIN
              UPDATE users SET email = lower(email) WHERE id = new.id;
            END;
            -- loquent:downgrade
            DROP TABLE users;
            """;
    private static final String PEOPLE = """
            -- loquent:revision id=a1 message="create users table"
            -- loquent:upgrade
            CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255), active BOOLEAN NOT NULL DEFAULT 1);
            INSERT INTO users (id, email, active) VALUES (1, 'a@example.com', 1), (2, 'b@example.com', 0);
            -- loquent:downgrade
            DROP TABLE users;
            """;
    private static final String VIEW = """
            -- the users who may log in
            -- loquent:repeatable name=active_users message="active users view"
            DROP VIEW IF EXISTS active_users;
            CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1;
            """;
    @TempDir
    Path dir;
    private String url;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() {
        url = "jdbc:sqlite:" + dir.resolve("test.db");
    }

    private Loquent loquent() {
        return Loquent.configure().url(url).scripts(dir.resolve("migrations")).listener(new MigrationListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).load();
    }

    private Path write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        return Files.writeString(dir.resolve("migrations").resolve(name), text);
    }

    private List<String> query(String sql) throws SQLException {
        return SqliteRows.firstColumn(url, sql);
    }

    @Test
    void aSqlRevisionAndAJavaRevisionAfterItUpgradeAndDowngrade() throws Exception {
        write("1_users.sql", USERS);
        Scripts.write(dir.resolve("migrations"), "2_note.java", "b2", "a1",
                "op.addColumn(\"users\", \"note\", text());", "op.dropColumn(\"users\", \"note\");");

        MigrationResult ran = loquent().upgrade("head");

        assertThat(ran).extracting(StepResult::path).containsExactly("<base> -> a1", "a1 -> b2");
        assertThat(ran).extracting(StepResult::statements).first().isEqualTo(3);
        assertThat(query("select name from pragma_table_info('users')")).containsExactly("id", "email", "note");
        assertThat(query("select name from sqlite_master where type = 'trigger'")).containsExactly("users_lower");
        assertThat(query("select email from users")).containsExactly("a;b@example.com");
        assertThat(loquent().history()).extracting(h -> h.info().message()).contains("create users table");
        loquent().downgrade("base");
        assertThat(query("select name from sqlite_master where name = 'users'")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void offlineSqlHasEachStatementOfTheSections() throws Exception {
        write("1_users.sql", USERS);
        String sql = loquent().offlineSql("head", true);
        assertThat(sql).contains("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE);\n")
                .contains("END;\n").doesNotContain("loquent:");
    }

    @Test
    void editingAnAppliedSqlRevisionIsAChecksumMismatch() throws Exception {
        Path file = write("1_users.sql", USERS);
        loquent().upgrade("head");
        Files.writeString(file, USERS.replace("VARCHAR(255)", "VARCHAR(320)"));
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("revision a1 (" + display(file) + ") has changed since it was applied");
    }

    @Test
    void aFailingStatementIsNamedAndNothingStays() throws Exception {
        Path file = write("1_users.sql", USERS.replace("DROP TABLE users;", "").replace("END;\n", "END;\n"
                + "INSERT INTO missing_table VALUES (1);\n"));
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessage("revision a1 (" + display(file) + ") failed in upgrade: [SQLITE_ERROR] SQL error or"
                        + " missing database (no such table: missing_table). Statement: INSERT INTO missing_table"
                        + " VALUES (1). Nothing of it was applied; the database is still at base. Fix the script and"
                        + " run again");
        assertThat(query("select name from sqlite_master where name = 'users'")).isEmpty();
    }

    @Test
    void aHeaderWithSeveralParentsAndLabelsIsRead() throws Exception {
        write("1_a.sql", "-- loquent:revision id=a1 branch_labels=users\n-- loquent:upgrade\n-- loquent:downgrade\n");
        write("2_b.sql", "-- loquent:revision id=b1 branch_labels=billing,money\n-- loquent:upgrade\n"
                + "-- loquent:downgrade\n");
        write("3_m.sql", "-- a merge\n-- loquent:revision id=m1 down=\"a1, b1\" depends_on=b1"
                + " message=\"join \\\"both\\\"\"\n-- loquent:upgrade\nSELECT 1;\n-- loquent:downgrade\n");
        loquent().upgrade("heads");
        assertThat(query("select version_num from loquent_version")).containsExactly("m1");
        assertThat(loquent().history()).extracting(h -> h.info().message()).contains("join \"both\"");
    }

    @Test
    void aBadHeaderNamesTheFileAndLine() throws Exception {
        Path file = write("1_bad.sql", "-- about it\n-- loquent:revision id=a1 parent=x\n-- loquent:upgrade\n"
                + "-- loquent:downgrade\n");
        assertThatThrownBy(() -> loquent().heads()).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(display(file) + ":2: unknown header attribute 'parent'. Use id, down,");
        write("1_bad.sql", "-- loquent:revision id=has-dash\n-- loquent:upgrade\n-- loquent:downgrade\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":1: header attribute id 'has-dash' is not a valid revision id");
        write("1_bad.sql", "-- loquent:revision id=a1 message=\"open\n-- loquent:upgrade\n-- loquent:downgrade\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":1: cannot read the header from 'message=\"open'");
        write("1_bad.sql", "CREATE TABLE x (id INT);\n-- loquent:revision id=a1\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":1: SQL before the '-- loquent:revision' header");
        write("1_bad.sql", "-- loquent:revision id=a1\nDROP TABLE x;\n-- loquent:upgrade\n-- loquent:downgrade\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":2: SQL before the '-- loquent:upgrade' line, in no section");
        write("1_bad.sql", "-- loquent:revision id=a1\n-- loquent:downgrade\n-- loquent:upgrade\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":2: unexpected marker '-- loquent:downgrade'");
        write("1_bad.sql", "-- loquent:revision id=a1\n-- loquent:upgrade\nSELECT 1;\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":4: no '-- loquent:downgrade' line");
    }

    @Test
    void filesThatAreNeitherRevisionsNorIgnoredAreReported() throws Exception {
        write("1_users.sql", USERS);
        write("2_next.sq", "-- loquent:revision id=b2 down=a1\n");
        write("notes.txt", "todo");
        write("README.md", "about these revisions");
        write(".gitkeep", "");
        write("1_users.sql~", "backup");
        Files.createDirectories(dir.resolve("migrations/old"));
        loquent().heads();
        assertThat(warnings).containsExactly(
                "'" + display(dir.resolve("migrations/2_next.sq")) + "' in the scripts folder is neither a revision"
                        + " (.java or .sql) nor ignored (hidden files, *~, README*, *.md), so it is not run. Move it"
                        + " out of the scripts folder, or rename it if it is a revision",
                "'" + display(dir.resolve("migrations/notes.txt")) + "' in the scripts folder is neither a revision"
                        + " (.java or .sql) nor ignored (hidden files, *~, README*, *.md), so it is not run. Move it"
                        + " out of the scripts folder, or rename it if it is a revision",
                "'" + display(dir.resolve("migrations/old")) + "' in the scripts folder is a folder, and only the"
                        + " files directly in the scripts folder are read, so it is not run. Move it out of the"
                        + " scripts folder, or rename it if it is a revision");
    }

    // repeatable revisions: run after the versioned ones when their checksum changes

    private List<String> repeatRows() throws SQLException {
        return query("select revision || ' ' || checksum || ' ' || message from loquent_history"
                + " where direction = 'repeat' order by id");
    }

    @Test
    void aRepeatableRunsAfterTheVersionedRevisionsAndAgainOnlyWhenItChanges() throws Exception {
        write("1_users.sql", PEOPLE);
        Path view = write("R_active_users.sql", VIEW);

        MigrationResult first = loquent().upgrade("head");

        assertThat(first).extracting(StepResult::path).containsExactly("<base> -> a1", "repeatable active_users");
        assertThat(first.steps().get(1).statements()).isEqualTo(2);
        assertThat(query("select email from active_users")).containsExactly("a@example.com");
        assertThat(repeatRows()).hasSize(1).first().asString().startsWith("active_users sha256:")
                .endsWith(" active users view");
        assertThat(query("select version_num from loquent_version")).containsExactly("a1");

        MigrationResult unchanged = loquent().upgrade("head");
        assertThat(unchanged.ranNothing()).isTrue();
        assertThat(repeatRows()).hasSize(1);

        Files.writeString(view, VIEW.replace("WHERE active = 1", "WHERE active = 0"));
        MigrationResult edited = loquent().upgrade("head");
        assertThat(edited).extracting(StepResult::path).containsExactly("repeatable active_users");
        assertThat(query("select email from active_users")).containsExactly("b@example.com");
        assertThat(repeatRows()).hasSize(2).doesNotHaveDuplicates();
        // repeat rows are not versioned revisions: no checksum mismatch, no unknown revision
        assertThat(loquent().info()).extracting(RevisionStatus::changed).containsExactly(false);
    }

    @Test
    void repeatablesRunInNameOrderAndADowngradeLeavesThemAlone() throws Exception {
        write("1_users.sql", PEOPLE);
        write("b.sql", "-- loquent:repeatable name=b_view\nCREATE VIEW IF NOT EXISTS b_view AS SELECT * FROM a_view;\n");
        write("a.sql", "-- loquent:repeatable name=a_view\nCREATE VIEW IF NOT EXISTS a_view AS SELECT id FROM users;\n");
        assertThat(loquent().upgrade("head")).extracting(StepResult::revision).containsExactly("a1", "a_view", "b_view");
        assertThat(loquent().heads()).hasSize(1); // repeatables are outside the graph

        write("b.sql", "-- loquent:repeatable name=b_view\nCREATE VIEW IF NOT EXISTS b_view AS SELECT id FROM a_view;\n");
        MigrationResult down = loquent().downgrade("base");
        assertThat(down).extracting(StepResult::path).containsExactly("a1 -> <base>");
        assertThat(query("select count(*) from loquent_history where direction = 'repeat'")).containsExactly("2");
    }

    @Test
    void aFailingRepeatableIsNamedWithItsFileAndTheVersionedStepsStay() throws Exception {
        write("1_users.sql", PEOPLE);
        Path bad = write("R_bad.sql", "-- loquent:repeatable name=bad_view\n"
                + "CREATE VIEW bad_view AS SELECT id FROM users;\nINSERT INTO missing_table VALUES (1);\n");

        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith(display(bad) + ":1: repeatable bad_view failed: [SQLITE_ERROR] SQL error or missing"
                        + " database (no such table: missing_table). Statement: INSERT INTO missing_table VALUES (1)."
                        + " Nothing of it was kept; the versioned revisions before it stay applied. Fix the file and"
                        + " run ");
        assertThat(query("select version_num from loquent_version")).containsExactly("a1");
        assertThat(query("select name from sqlite_master where name = 'bad_view'")).isEmpty();
        assertThat(repeatRows()).isEmpty();

        Files.writeString(bad, "-- loquent:repeatable name=bad_view\nCREATE VIEW bad_view AS SELECT id FROM users;\n");
        assertThat(loquent().upgrade("head")).extracting(StepResult::path).containsExactly("repeatable bad_view");
    }

    @Test
    void offlineSqlWritesEveryRepeatableAfterTheVersionedRevisionsAndADryRunOnlyTheChangedOnes() throws Exception {
        write("1_users.sql", PEOPLE);
        write("R_active_users.sql", VIEW);
        String sql = loquent().offlineSql("head", true);
        assertThat(sql).containsSubsequence("CREATE TABLE users", "-- Running repeatable active_users, active users view",
                "CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1;",
                "VALUES ('active_users', 'repeat', 'sha256:");
        assertThat(loquent().offlineSql("base:a1", true)).contains("CREATE VIEW active_users");
        write("1_users.sql", "-- loquent:revision id=a1\n-- loquent:upgrade\n-- loquent:downgrade\n");
        assertThat(loquent().offlineSql("head", true)).contains("-- no snapshot: the script runs repeatable"
                + " revisions, which the replay cannot follow; the next online run records one");
        write("1_users.sql", PEOPLE);
        assertThat(loquent().offlineSql("a1:base", false)).doesNotContain("active_users");

        assertThat(loquent().dryRun("head", true)).contains("CREATE VIEW active_users");
        loquent().upgrade("head");
        assertThat(loquent().dryRun("head", true)).doesNotContain("active_users");
        assertThat(repeatRows()).hasSize(1);
    }

    @Test
    void aBadRepeatableFileNamesTheFileAndLine() throws Exception {
        Path file = write("R_x.sql", "-- loquent:repeatable name=x\n-- loquent:upgrade\nSELECT 1;\n");
        assertThatThrownBy(() -> loquent().heads()).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(display(file) + ":2: unexpected marker '-- loquent:upgrade'");
        write("R_x.sql", "-- loquent:repeatable message=\"no name\"\nSELECT 1;\n");
        assertThatThrownBy(() -> loquent().heads()).hasMessageStartingWith(display(file) + ":1: the header has no name");
        write("R_x.sql", "-- loquent:repeatable name=x id=a1\nSELECT 1;\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":1: unknown header attribute 'id'. Use name and message");
        write("R_x.sql", "-- loquent:repeatable name=\"two words\"\nSELECT 1;\n");
        assertThatThrownBy(() -> loquent().heads())
                .hasMessageStartingWith(display(file) + ":1: the repeatable's name 'two words' is not a name");
        write("R_x.sql", "-- loquent:repeatable name=x\nSELECT 1;\n");
        Path twin = write("R_y.sql", "-- loquent:repeatable name=x\nSELECT 2;\n");
        assertThatThrownBy(() -> loquent().heads()).hasMessageStartingWith(display(twin) + ":1: the repeatable 'x'"
                + " is also declared in " + display(file) + ":1");
        Files.delete(twin);
        Path revision = write("1_x.sql", "-- loquent:revision id=x\n-- loquent:upgrade\n-- loquent:downgrade\n");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(ScriptException.class).hasMessageStartingWith(
                display(file) + ":1: the repeatable 'x' has the id of revision x (" + display(revision) + ")");
    }

    private static String display(Path file) {
        return io.loquent.core.internal.script.ScriptFile.display(file);
    }
}
