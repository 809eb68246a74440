package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
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

    @Test
    void negativeNumbersAsOptionValuesReachTheCommandAsTyped() throws Exception {
        Files.writeString(dir.resolve("loquent.properties"), "url=jdbc:sqlite:app.db\n");
        CliRun revision = Processes.separately(dir, Map.of(), List.of("revision", "-m", "-1", "--rev-id", "r1"));
        assertThat(revision.exit()).as(revision.err()).isZero();
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(Files.readString(files.findFirst().orElseThrow())).contains("message = \"-1\"");
        }
        CliRun head = Processes.separately(dir, Map.of(), List.of("revision", "-m", "x", "--head", "-1"));
        assertThat(head.err()).contains("'-1'").doesNotContain("\u2212");
        CliRun range = Processes.separately(dir, Map.of(), List.of("history", "-r", "-3:"));
        assertThat(range.out()).isEqualTo("<base> -> r1 (head), -1\n");
        // A positional relative target still passes Commons CLI.
        CliRun down = Processes.separately(dir, Map.of(), List.of("downgrade", "-1"));
        assertThat(down.err()).contains("cannot move -1").doesNotContain("\u2212");
    }

    @Test
    void anInMemoryDatabaseIsWarnedAboutOnceOnStderr() throws Exception {
        Processes.writeChain(dir.resolve("migrations"), 1);
        for (String url : List.of("jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file:x?mode=memory")) {
            CliRun run = Processes.separately(dir, Map.of(), List.of("--url", url, "upgrade", "head"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err().lines().filter(l -> l.startsWith("WARNING:")).toList()).containsExactly("WARNING: the"
                    + " database '" + url + "' lives only as long as this process: nothing done to it is kept. Give a"
                    + " file, as jdbc:sqlite:app.db");
        }
        CliRun file = Processes.separately(dir, Map.of(), List.of("--url", "jdbc:sqlite:app.db", "current"));
        assertThat(file.err()).doesNotContain("WARNING");
    }

    @Test
    void aFileSavedWithByteOrderMarkAndCrlfIsRead() throws Exception {
        Files.write(dir.resolve("loquent.properties"), "\uFEFFurl=jdbc:sqlite:bom.db \r\nscripts=migrations\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Processes.writeChain(dir.resolve("migrations"), 1);
        CliRun up = Processes.separately(dir, Map.of(), List.of("upgrade", "head"));
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(Processes.separately(dir, Map.of(), List.of("current")).out()).isEqualTo("c001 (head)\n");
        assertThat(dir.resolve("bom.db")).exists();
    }

    /**
     * The published artifact is the thin jar, whose dependencies its POM declares; the runnable jar with every
     * dependency inside is a separate file (published as the classifier {@code all}), so that a project depending on
     * loquent-cli gets each class once.
     */
    @Test
    void thePublishedJarIsThinAndTheRunnableOneHoldsEverything() throws Exception {
        Path thin;
        try (var files = Files.list(Path.of("target"))) {
            thin = files.filter(f -> f.getFileName().toString().matches("loquent-cli-[0-9.]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
        }
        try (var jar = new java.util.jar.JarFile(thin.toFile())) {
            assertThat(jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")))
                    .isNotEmpty().allMatch(n -> n.startsWith("io/loquent/cli/"));
        }
        try (var jar = new java.util.jar.JarFile(Processes.JAR.toFile())) {
            assertThat(jar.getEntry("io/loquent/core/Loquent.class")).isNotNull();
            assertThat(jar.getEntry("org/sqlite/JDBC.class")).isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.loquent.cli.LoquentCli");
        }
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<classifier>all</classifier>").contains("<artifactId>loquent-core</artifactId>");
    }
}
