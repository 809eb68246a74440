package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process on temporary folders, the schema read back from SQLite's catalogue. */
class CliTest {
    @TempDir
    Path dir;
    private String url;
    private String config;

    @BeforeEach
    void setUp() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("app.db");
        config = dir.resolve("loquent.properties").toString();
        Files.writeString(dir.resolve("loquent.properties"), "scripts=migrations\n");
    }

    private CliRun loquent(String... args) {
        String[] all = Stream.concat(Stream.of("-c", config, "--url", url), Stream.of(args)).toArray(String[]::new);
        return CliRun.of(Map.of(), all);
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private Path onlyScript() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
        }
    }

    @Test
    void initRevisionEditUpgradeDowngradeCurrent() throws Exception {
        Files.delete(dir.resolve("loquent.properties"));
        CliRun init = CliRun.of(Map.of(), "init", dir.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(CliRun.of(Map.of(), "init", dir.toString()).err()).contains("loquent.properties already exists");
        assertThat(Files.readString(dir.resolve("loquent.properties")))
                .contains("url=jdbc:sqlite:loquent.db", "scripts=migrations", "version_table=loquent_version");
        assertThat(dir.resolve("migrations")).isEmptyDirectory();

        CliRun revision = loquent("revision", "-m", "create users table");
        assertThat(revision.exit()).as(revision.err()).isZero();
        Path script = onlyScript();
        assertThat(revision.out()).isEqualTo("Generated " + script + "\n");
        assertThat(script.getFileName().toString()).matches("\\d{8}_\\d{6}_[0-9a-f]{12}_create_users_table\\.java");
        String id = script.getFileName().toString().substring(16, 28);
        Files.writeString(script, Files.readString(script)
                .replace("public void upgrade(Op op) {\n", """
                        public void upgrade(Op op) {
                                op.createTable("users", t -> {
                                    t.column("id", integer().primaryKey());
                                    t.column("name", string(100).nullable(false));
                                    t.column("email", string(255).unique());
                                });
                                op.createIndex("idx_users_email", "users", "email");
                        """)
                .replace("public void downgrade(Op op) {\n", "public void downgrade(Op op) {\n        op.dropTable(\"users\");\n"));

        CliRun atBase = loquent("current");
        assertThat(atBase.out()).isEmpty();
        assertThat(atBase.err()).isEqualTo("Compiled 1 of 1 revision file(s)\n");
        CliRun up = loquent("upgrade", "head");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).as("progress goes to stderr").isEmpty();
        assertThat(up.err()).as("the edited script was compiled once, by 'current'")
                .matches("Running upgrade <base> -> " + id + ", create users table \\(\\d+ ms\\)\n");
        assertThat(query("select name from pragma_table_info('users')")).containsExactly("id", "name", "email");
        assertThat(query("select name from pragma_index_list('users') where origin = 'c'")).containsExactly("idx_users_email");
        assertThat(loquent("current").out()).isEqualTo(id + " (head)\n");
        assertThat(loquent("heads").out()).isEqualTo(id + " (head)\n");
        assertThat(loquent("history").out()).isEqualTo("<base> -> " + id + " (head), create users table\n");

        CliRun again = loquent("upgrade", "head");
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).as("a second run must not recompile")
                .isEqualTo("Nothing to upgrade: the database is already there\n");

        CliRun down = loquent("downgrade", "-1");
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(down.err()).startsWith("Running downgrade " + id + " -> <base>, create users table");
        assertThat(query("select name from sqlite_master where name = 'users'")).isEmpty();
        assertThat(loquent("current").out()).isEmpty();
    }

    @Test
    void revisionsChainAndPrefixesWork() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        assertThat(loquent("revision", "-m", "first", "--rev-id", "aaa111").exit()).isZero();
        assertThat(loquent("revision", "-m", "second", "--rev-id", "bbb222").exit()).isZero();
        assertThat(loquent("history").out()).isEqualTo("aaa111 -> bbb222 (head), second\n<base> -> aaa111, first\n");
        assertThat(loquent("upgrade", "aaa").err()).startsWith("Running upgrade <base> -> aaa111, first");
        assertThat(loquent("current").out()).isEqualTo("aaa111\n");
        assertThat(loquent("upgrade", "+1").err()).startsWith("Running upgrade aaa111 -> bbb222, second");
        assertThat(loquent("downgrade", "base").err()).contains("Running downgrade bbb222 -> aaa111, second",
                "Running downgrade aaa111 -> <base>, first");
    }

    @Test
    void compileErrorIsOneLineWithFileAndLineAndAppliesNothing() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        loquent("revision", "-m", "good", "--rev-id", "aaa111");
        loquent("revision", "-m", "broken", "--rev-id", "bbb222");
        Path broken;
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            broken = files.filter(f -> f.toString().contains("broken")).findFirst().orElseThrow();
        }
        Files.writeString(broken, Files.readString(broken).replace("public void upgrade(Op op) {\n",
                "public void upgrade(Op op) {\n        op.createTabel(\"x\");\n"));
        CliRun run = loquent("upgrade", "head");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("ERROR: " + broken + ":7: cannot find symbol (symbol: method"
                + " createTabel(java.lang.String); location: variable op of type io.loquent.api.Op)."
                + " Nothing was applied; fix the revision file and run again\n");
        assertThat(query("select name from sqlite_master where name = 'loquent_version'")).isEmpty();
    }

    @Test
    void unknownRevisionFailsWithAdvice() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        loquent("revision", "-m", "one", "--rev-id", "aaa111");
        CliRun run = loquent("upgrade", "fff");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).endsWith("\nERROR: no revision 'fff' among the 1 scripts. Check the id with 'loquent history'\n");
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        CliRun run = loquent("--debug", "upgrade", "fff");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("ERROR: no revision 'fff' among the 0 scripts").contains("\tat io.loquent.");
    }

    @Test
    void badUsageExitsWithTwo() {
        CliRun unknown = CliRun.of(Map.of(), "frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("ERROR: unknown command 'frobnicate'. Run 'loquent --help' for usage.\n");
        CliRun missing = CliRun.of(Map.of(), "upgrade");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("upgrade: expected TARGET, got none");
        assertThat(CliRun.of(Map.of(), "current", "-1").err()).contains("current: expected no arguments, got -1");
        assertThat(CliRun.of(Map.of(), "revision", "-m", "x", "extra").err())
                .contains("revision: expected no arguments, got extra");
        for (Command command : Command.values()) {
            assertThat(Command.arguments(command.synopsis)).as(command.name).doesNotContain("-", "]]", "[ ", " ]");
        }
        assertThat(CliRun.of(Map.of(), "revision").err()).contains("Missing required option: m");
        assertThat(CliRun.of(Map.of(), "--help").out()).contains("usage: loquent", "upgrade", "--url");
    }

    @Test
    void missingExplicitConfigFileIsAnError() {
        CliRun run = CliRun.of(Map.of(), "-c", dir.resolve("nope.properties").toString(), "current");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("ERROR: configuration file '" + dir.resolve("nope.properties") + "' does not exist");
    }

    @Test
    void unknownSettingInTheFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("loquent.properties"), "urll=jdbc:sqlite:x.db\n");
        CliRun run = loquent("current");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown setting 'urll'");
    }

    @Test
    void flagBeatsEnvironmentBeatsFile() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String fileDb = "jdbc:sqlite:" + dir.resolve("file.db");
        String envDb = "jdbc:sqlite:" + dir.resolve("env.db");
        Files.writeString(dir.resolve("loquent.properties"), "url=" + fileDb + "\n");
        CliRun.of(Map.of(), "-c", config, "revision", "-m", "one", "--rev-id", "aaa111");

        CliRun.of(Map.of("LOQUENT_URL", envDb), "-c", config, "upgrade", "head");
        assertThat(Files.exists(dir.resolve("env.db"))).isTrue();
        assertThat(Files.exists(dir.resolve("file.db"))).isFalse();
        CliRun.of(Map.of("LOQUENT_URL", envDb), "-c", config, "--url", url, "upgrade", "head");
        assertThat(query("select version_num from loquent_version")).containsExactly("aaa111");
        CliRun.of(Map.of(), "-c", config, "upgrade", "head");
        assertThat(Files.exists(dir.resolve("file.db"))).isTrue();
    }
}
