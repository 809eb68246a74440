package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples, run as written on a copy of {@code examples/seed}: the quick start prints what the README
 * shows, and the offline pipeline ({@code loquent --dialect X upgrade --sql head > upgrade.sql}, then the database's
 * shell on that file) builds the seed on each of the three databases.
 */
class ReadmeIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    /** A fresh copy of the seed example, as a new clone has it. */
    private Path seed() throws IOException {
        return Processes.copyExample(ROOT.resolve("examples/seed"), dir, relative -> relative.startsWith(".loquent")
                || relative.endsWith(".db") || relative.endsWith("-lock"));
    }

    /** The lines of the README's first output block, the one after the quick start's commands. */
    private static List<String> quickStartOutput() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int prints = readme.indexOf("and prints (the first two lines, progress, on stderr):");
        assertThat(prints).as("the README's quick start").isPositive();
        int start = readme.indexOf("```\n", prints) + 4;
        return readme.substring(start, readme.indexOf("```", start)).lines().toList();
    }

    @Test
    void theQuickStartPrintsWhatTheReadmeShows() throws Exception {
        Path seed = seed();
        CliRun up = Processes.separately(seed, "upgrade", "head");
        CliRun current = Processes.separately(seed, "current");
        Process show = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                Processes.JAR.toString(), "ShowSchema.java").directory(seed.toFile()).redirectErrorStream(true).start();
        String schema = new String(show.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(show.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(current.exit()).as(current.err()).isZero();

        List<String> expected = quickStartOutput();
        List<String> printed = new ArrayList<>(up.err().lines().toList());
        printed.addAll(up.out().lines().toList());
        printed.addAll(current.out().lines().toList());
        printed.addAll(schema.lines().toList());
        assertThat(printed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String pattern = java.util.regex.Pattern.quote(expected.get(i)).replace("(15 ms)", "(\\E\\d+\\Q ms)");
            assertThat(printed.get(i)).as("line %d", i + 1).matches(pattern);
        }
        assertThat(up.out()).as("progress is on stderr").isEmpty();
    }

    /** {@code loquent --dialect NAME upgrade --sql head > upgrade.sql}, in the seed folder. */
    private Path upgradeSql(String dialect) throws Exception {
        Path seed = seed();
        CliRun sql = Processes.separately(seed, "--dialect", dialect, "upgrade", "--sql", "head");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(seed.resolve("loquent.db")).as("--sql never connects").doesNotExist();
        return Files.writeString(seed.resolve("upgrade.sql"), sql.out());
    }

    @Test
    void theOfflinePipelineRunsInPsql() throws Exception {
        TestDatabase db = POSTGRES.database();
        Path script = upgradeSql("postgresql");
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        Processes.shell("", Map.of("PGOPTIONS", "-c search_path=" + db.name()), "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", "postgres", "-d",
                uri.getPath().substring(1), "-f", script.toString());
        seeded(db.rows("select version_num from loquent_version"), db.rows("select count(*) from users"));
    }

    @Test
    void theOfflinePipelineRunsInMariadb() throws Exception {
        TestDatabase db = MYSQL.database();
        Path script = upgradeSql("mysql");
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        Processes.shell("", Map.of(), "mariadb", "--host=" + uri.getHost(), "--port=" + uri.getPort(), "--user=root",
                db.name(),
                "-e", "source " + script);
        seeded(db.rows("select version_num from loquent_version"), db.rows("select count(*) from users"));
    }

    @Test
    void theOfflinePipelineRunsInSqlite3() throws Exception {
        Path script = upgradeSql("sqlite");
        Path file = dir.resolve("piped.db");
        Processes.shell("", Map.of(), "sqlite3", "-bail", file.toString(), ".read " + script);
        String url = "jdbc:sqlite:" + file;
        try (var c = java.sql.DriverManager.getConnection(url);
             var version = c.createStatement().executeQuery("select version_num from loquent_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).isEqualTo("ae1027a6acf1");
        }
    }

    private static void seeded(List<String> version, List<String> users) {
        assertThat(version).containsExactly("ae1027a6acf1");
        assertThat(users).containsExactly("0");
    }
}
