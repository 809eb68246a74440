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

/** {@code .sql} revisions in the same graph as Java ones, on a real SQLite file, read back from its catalogue. */
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

    private static String display(Path file) {
        return io.loquent.core.internal.script.ScriptFile.display(file);
    }
}
