package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: in a fresh folder, with nothing configured, exit codes from a real process. */
class CliJarIT {
    @TempDir
    Path dir;

    @Test
    void freshFolderUsesTheEmbeddedSqliteDefault() throws Exception {
        assertThat(Processes.run(dir, "init").exit()).isZero();
        Processes.Outcome revision = Processes.run(dir, "revision", "-m", "create notes", "--rev-id", "n1");
        assertThat(revision.exit()).as(revision.output()).isZero();
        Path script;
        try (var files = Files.list(dir.resolve("migrations"))) {
            script = files.findFirst().orElseThrow();
        }
        Files.writeString(script, Files.readString(script).replace("public void upgrade(Op op) {\n",
                "public void upgrade(Op op) {\n        op.createTable(\"notes\", t -> t.column(\"id\", integer().primaryKey()));\n"));

        Processes.Outcome up = Processes.run(dir, "upgrade", "head");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).contains("Running upgrade <base> -> n1, create notes");
        assertThat(dir.resolve("loquent.db")).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("loquent.db"));
             ResultSet rs = c.createStatement().executeQuery("select name from sqlite_master where name = 'notes'")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(Processes.run(dir, "current").output()).isEqualTo("n1 (head)\n");
    }

    @Test
    void exitCodesComeFromTheProcess() throws Exception {
        Processes.Outcome usage = Processes.run(dir, "frobnicate");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).isEqualTo("ERROR: unknown command 'frobnicate'. Run 'loquent --help' for usage.\n");
        Processes.Outcome failure = Processes.run(dir, "current");
        assertThat(failure.exit()).isEqualTo(1);
        assertThat(failure.output()).startsWith("ERROR: scripts folder '").contains("does not exist")
                .doesNotContain("\tat ");
        assertThat(Processes.run(dir, "--version").output()).startsWith("loquent 0.1.0");
    }
}
