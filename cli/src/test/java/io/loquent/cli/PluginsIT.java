package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party dialects and drivers on the command line, run as a user runs it: jars in {@code plugins/} beside the
 * configuration, or in {@code LOQUENT_CLASSPATH} through the {@code loquent} launcher; broken provider jars cost one
 * warning line each and stop nothing else.
 */
class PluginsIT {
    private static final Path LAUNCHER = Path.of("..", "loquent").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static void revision(Path project) throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/p1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "p1", down = {}, message = "create notes")
                public final class P1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("notes", t -> t.column("id", integer().primaryKey()).column("body", string(80))
                                .column("doc", json()));
                        op.bulkInsert("notes", java.util.List.of(java.util.Map.of("id", 1, "body", "hello",
                                "doc", java.util.Map.of("a", 1))));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("notes");
                    }
                }
                """);
    }

    private static List<String> rows(String url, String sql) throws Exception {
        try (Connection c = new org.h2.Driver().connect(url, new java.util.Properties());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private static List<String> warnings(CliRun run) {
        return run.err().lines().filter(l -> l.startsWith("WARNING:")).toList();
    }

    @Test
    void aDialectAndItsDriverInPluginsBesideTheConfigurationServeTheirDatabase() throws Exception {
        Path project = dir.resolve("project");
        PluginJars.h2Dialect(project.resolve("plugins/h2test-dialect.jar"));
        Files.copy(PluginJars.H2_DRIVER, project.resolve("plugins/h2.jar"));
        String url = "jdbc:h2:file:" + dir.resolve("db/app");
        Files.writeString(project.resolve("loquent.properties"), "url=" + url + "\n");
        revision(project);
        String config = project.resolve("loquent.properties").toString();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")); // plugins/ is found beside the file

        CliRun up = Processes.separately(elsewhere, Map.of(), List.of("-c", config, "upgrade", "head"));
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> p1, create notes").doesNotContain("\tat ");
        assertThat(Processes.separately(elsewhere, Map.of(), List.of("-c", config, "current")).out())
                .isEqualTo("p1 (head)\n");
        assertThat(rows(url, "SELECT \"body\" FROM \"notes\"")).containsExactly("hello");
        assertThat(rows(url, "SELECT \"doc\" FROM \"notes\"")).as("a JSON object, not a JSON string")
                .containsExactly("{\"a\":1}");
        assertThat(rows(url, "SELECT count(*) FROM \"loquent_lock\"")).as("the lock row, released").containsExactly("0");

        CliRun help = Processes.separately(elsewhere, Map.of(), List.of("-c", config, "--help"));
        assertThat(help.out()).contains("Dialects found: sqlite, postgresql, mysql, h2test\n");
        CliRun none = Processes.separately(elsewhere, Map.of(), List.of("-c", config, "--url", "jdbc:acme:x", "current"));
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("ERROR: no dialect accepts the URL 'jdbc:acme:x' (found: sqlite, postgresql,"
                + " mysql, h2test). Loquent has no dialect for this database; a third-party dialect implements"
                + " io.loquent.api.dialect.Dialect\n");
    }

    @Test
    void loquentClasspathThroughTheLauncherAddsJarsFoldersOfJarsAndReportsAMissingEntry() throws Exception {
        Path dialect = PluginJars.h2Dialect(dir.resolve("vendor/h2test-dialect.jar"));
        Path drivers = Files.createDirectories(dir.resolve("drivers"));
        Files.copy(PluginJars.H2_DRIVER, drivers.resolve("h2.jar"));
        Path project = Files.createDirectories(dir.resolve("project"));
        revision(project);
        String url = "jdbc:h2:file:" + dir.resolve("db/app");
        String classpath = dialect + File.pathSeparator + drivers + "/*";

        CliRun up = Processes.bash(project, "LOQUENT_CLASSPATH='" + classpath + "' '" + LAUNCHER + "' --url '" + url
                + "' upgrade head");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> p1, create notes");
        assertThat(rows(url, "SELECT \"body\" FROM \"notes\"")).containsExactly("hello");

        CliRun without = Processes.separately(project, Map.of(), List.of("--url", url, "current"));
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.err()).as("no plugins: the dialect is missing").startsWith("ERROR: no dialect accepts the URL"
                + " 'jdbc:h2:file:" + dir.resolve("db/app") + "' (found: sqlite, postgresql, mysql). ");

        String missing = dir.resolve("nowhere.jar").toString();
        CliRun typo = Processes.separately(project, Map.of("LOQUENT_CLASSPATH", classpath + File.pathSeparator
                + missing), List.of("--url", url, "current"));
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).isEqualTo("ERROR: LOQUENT_CLASSPATH entry '" + missing + "' does not exist; correct the"
                + " path or remove it from LOQUENT_CLASSPATH\n");
    }

    @Test
    void aDialectWithoutALockRunsWithLockNoneAndIsRefusedWithTheWayOutWithout() throws Exception {
        Path project = dir.resolve("project");
        String lockless = PluginJars.H2_DIALECT.replace("H2TestDialect", "H2LocklessDialect")
                .replace("\"h2test\"", "\"h2lockless\"")
                .replaceAll("@Override public MigrationLock lock\\(LockRequest request\\) \\{[^}]*}", "");
        assertThat(lockless).doesNotContain("TableLock.acquire");
        PluginJars.build(project.resolve("plugins/h2lockless.jar"), Map.of("com.example.h2test.H2LocklessDialect",
                lockless), Map.of("io.loquent.api.dialect.Dialect", "com.example.h2test.H2LocklessDialect\n"));
        Files.copy(PluginJars.H2_DRIVER, project.resolve("plugins/h2.jar"));
        revision(project);
        String settings = "url=jdbc:h2:file:" + dir.resolve("db/app") + "\ndialect=h2lockless\n";
        Files.writeString(project.resolve("loquent.properties"), settings);

        CliRun refused = Processes.separately(project, Map.of(), List.of("upgrade", "head"));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).endsWith("ERROR: h2lockless cannot lock the database against concurrent runs: this"
                + " dialect implements no migration lock. Set lock=none where only one deployer ever migrates this"
                + " database, or have the dialect return TableLock.acquire(this, request) from lock()\n")
                .doesNotContain("\tat ");

        Files.writeString(project.resolve("loquent.properties"), settings + "lock=none\n");
        CliRun up = Processes.separately(project, Map.of(), List.of("upgrade", "head"));
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> p1, create notes");
        assertThat(rows("jdbc:h2:file:" + dir.resolve("db/app"), "SELECT \"body\" FROM \"notes\""))
                .containsExactly("hello");
    }

    @Test
    void brokenProviderJarsAreSkippedWithOneWarningLineEachNamingTheJar() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path broken = PluginJars.build(project.resolve("plugins/broken.jar"), Map.of("com.example.Exploding", """
                package com.example;
                public final class Exploding extends io.loquent.api.dialect.AnsiDialect {
                    public Exploding() { throw new IllegalStateException("no licence key"); }
                    @Override public String name() { return "exploding"; }
                    @Override public boolean acceptsUrl(String url) { return true; }
                    @Override public io.loquent.api.dialect.IdentifierLimit maxIdentifierLength() {
                        return io.loquent.api.dialect.IdentifierLimit.NONE;
                    }
                    @Override public String typeSql(io.loquent.api.schema.ColumnType type) { return "TEXT"; }
                }
                """), Map.of("io.loquent.api.dialect.Dialect", "com.example.Missing\ncom.example.Exploding\n"));
        // Compiled against a base class its jar does not carry, as a dialect built for another API version.
        Path orphan = PluginJars.build(project.resolve("plugins/orphan.jar"), Map.of(
                "com.example.GoneBase", "package com.example; public abstract class GoneBase"
                        + " extends io.loquent.api.dialect.AnsiDialect { }",
                "com.example.Orphan", """
                package com.example;
                public final class Orphan extends GoneBase {
                    @Override public String name() { return "orphan"; }
                    @Override public boolean acceptsUrl(String url) { return false; }
                    @Override public io.loquent.api.dialect.IdentifierLimit maxIdentifierLength() {
                        return io.loquent.api.dialect.IdentifierLimit.NONE;
                    }
                    @Override public String typeSql(io.loquent.api.schema.ColumnType type) { return "TEXT"; }
                }
                """), Map.of("io.loquent.api.dialect.Dialect", "com.example.Orphan\n"), Set.of("com.example.GoneBase"));
        revision(project);
        Files.writeString(project.resolve("loquent.properties"), "url=jdbc:sqlite:app.db\n");

        CliRun up = Processes.separately(project, Map.of(), List.of("upgrade", "head"));
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> p1, create notes").doesNotContain("\tat ");
        List<String> expected = List.of(
                "WARNING: skipping a broken dialect provider in " + broken + ": Provider com.example.Missing not found."
                        + " Fix or remove that jar",
                "WARNING: skipping a broken dialect provider in " + broken + ": Provider com.example.Exploding could not"
                        + " be instantiated (java.lang.IllegalStateException: no licence key). Fix or remove that jar",
                "WARNING: skipping a broken dialect provider in " + orphan + ": Provider com.example.Orphan cannot be"
                        + " loaded (java.lang.NoClassDefFoundError: com/example/GoneBase). Fix or remove that jar");
        assertThat(warnings(up)).containsExactlyInAnyOrderElementsOf(expected);

        CliRun help = Processes.separately(project, Map.of(), List.of("--help"));
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Dialects found: sqlite, postgresql, mysql\n");
        assertThat(warnings(help)).containsExactlyInAnyOrderElementsOf(expected);

        CliRun none = Processes.separately(project, Map.of(), List.of("--url", "jdbc:acme:x", "current"));
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err().lines().filter(l -> l.startsWith("ERROR:")).toList()).singleElement().asString()
                .startsWith("ERROR: no dialect accepts the URL 'jdbc:acme:x' (found: sqlite, postgresql, mysql; broken: "
                        + broken + ": Provider com.example.Missing not found; ")
                .endsWith(", or fix or remove the broken provider");
    }
}
