package com.example.loquent.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's plugin mechanism with this dialect, as a user runs it: the seed example copied to a folder, this
 * dialect's jar and H2's driver jar in its {@code plugins/}, and {@code loquent --url jdbc:h2:file:./app upgrade head}
 * run as a process with the command line's own jar. The revisions apply to an H2 file, {@code current} says head, and
 * {@code check} passes, saying that this dialect reports no drift since it reads no catalogue.
 */
class CommandLinePluginIT {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** This module's jar, which the package phase has built by now. */
    private static Path dialectJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("loquent-dialect-h2-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the example dialect's jar is not built"))
                    .toAbsolutePath();
        }
    }

    private static Path driverJar() throws Exception {
        return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run loquent(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", ROOT.resolve("cli/target/loquent.jar").toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theSeedExampleRunsOnH2WithTheDialectInPlugins() throws Exception {
        Path seed = ROOT.resolve("examples/seed");
        Files.copy(seed.resolve("loquent.properties"), dir.resolve("loquent.properties"));
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        try (Stream<Path> files = Files.list(seed.resolve("migrations"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.copy(f, migrations.resolve(f.getFileName()));
            }
        }
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(dialectJar(), plugins.resolve("loquent-dialect-h2.jar"));
        Files.copy(driverJar(), plugins.resolve("h2-2.3.232.jar"));

        Run up = loquent("--url", "jdbc:h2:file:./app", "upgrade", "head");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.err()).contains("Running upgrade <base> -> ae1027a6acf1, create users table")
                .doesNotContain("WARNING");
        Run current = loquent("--url", "jdbc:h2:file:./app", "current");
        assertThat(current.out()).isEqualTo("ae1027a6acf1 (head)\n");
        Run check = loquent("--url", "jdbc:h2:file:./app", "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("OK: every applied script matches what ran\n"
                + "OK: drift is not checked: the h2 dialect cannot read the schema from the database's catalogue\n");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("app"));
             ResultSet rs = c.createStatement().executeQuery("SELECT \"name\", \"is_active\" FROM \"users\"")) {
            assertThat(rs.next()).as("the table is there, and empty").isFalse();
        }
        assertThat(dir.resolve("loquent.db")).as("the configured SQLite file was never used").doesNotExist();
    }
}
