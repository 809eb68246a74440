package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real connection failures on MariaDB and PostgreSQL, as processes: a wrong password, a wrong user, a wrong port,
 * the password in the URL (both shapes), a flag, the environment or the file. Neither the ERROR line nor the
 * --debug stack trace may show the password, whichever way it was given.
 */
class PasswordRedactionIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();
    private static final String PASSWORD = BadInputs.PASSWORD;

    @TempDir
    Path dir;

    /** Runs {@code current} plainly and with --debug; both fail with exit 1, the plain one in one line. */
    private void neverShowsThePassword(Map<String, String> env, String... global) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        for (boolean debug : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(debug ? List.of("--debug") : List.of());
            args.addAll(List.of(global));
            args.add("current");
            CliRun run = Processes.separately(dir, env, args);
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("ERROR: cannot use database ").doesNotContain(PASSWORD);
            if (!debug) {
                assertThat(run.err().lines()).as(run.err()).hasSize(1);
            }
        }
    }

    /** The server's URL of the test database without its user parameter: {@code jdbc:mariadb://host:port/db}. */
    private static String bare(String url) {
        return url.replaceFirst("\\?.*", "");
    }

    @Test
    void mariaDbWrongPasswordInEveryShape() throws Exception {
        String url = MYSQL.database().url();
        // root has no password on the test server, so each of these is refused by the server itself.
        neverShowsThePassword(Map.of(), "--url", url + "&password=" + PASSWORD);
        neverShowsThePassword(Map.of(), "--url", bare(url).replace("//", "//root:" + PASSWORD + "@"));
        neverShowsThePassword(Map.of(), "--url", url, "--password", PASSWORD);
        neverShowsThePassword(Map.of("LOQUENT_PASSWORD", PASSWORD), "--url", url);
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\npassword=" + PASSWORD + "\n");
        neverShowsThePassword(Map.of());
    }

    @Test
    void postgresWrongUserAndWrongPortWithThePasswordInEveryShape() throws Exception {
        String url = POSTGRES.database().url();
        String bare = bare(url);
        neverShowsThePassword(Map.of(), "--url", bare + "?user=nobody&password=" + PASSWORD);
        neverShowsThePassword(Map.of(), "--url", bare.replace("//", "//postgres:" + PASSWORD + "@"));
        neverShowsThePassword(Map.of(), "--url", bare.replaceFirst(":\\d+/", ":1/") + "?password=" + PASSWORD);
        neverShowsThePassword(Map.of("LOQUENT_PASSWORD", PASSWORD), "--url", bare + "?user=nobody");
    }
}
