package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code loquent} launcher: the first run of a command records a class-data sharing archive beside the
 * jar, later runs map it, and neither prints anything the plain jar would not (issue #13).
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path ARCHIVE = Path.of(Processes.JAR + ".history.jsa");

    @TempDir
    Path dir;

    private static long archives() throws Exception {
        try (Stream<Path> files = Files.list(Processes.JAR.getParent())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).count();
        }
    }

    @Test
    void aCommandRecordsItsArchiveOnceAndPrintsTheSameWithIt() throws Exception {
        Path seed = Processes.copyExample(ROOT.resolve("examples/seed"), dir, relative -> relative.startsWith(".loquent")
                || relative.endsWith(".db") || relative.endsWith("-lock"));
        assertThat(Processes.separately(seed, "upgrade", "head").exit()).isZero();
        CliRun plain = Processes.separately(seed, "history");
        Files.deleteIfExists(ARCHIVE);
        String launcher = ROOT.resolve("loquent").toString();

        CliRun recording = Processes.bash(seed, "'" + launcher + "' history");
        assertThat(ARCHIVE).as("recorded by the first run").exists();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(Processes.JAR));
        CliRun mapping = Processes.bash(seed, "'" + launcher + "' history");
        CliRun without = Processes.bash(seed, "LOQUENT_CDS=off '" + launcher + "' history");

        for (CliRun run : new CliRun[] {recording, mapping, without}) {
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(plain.out()).isNotBlank();
            assertThat(run.err()).isEqualTo(plain.err());
        }
    }

    @Test
    void helpHasAnArchiveOfItsOwnAndNeitherAnOptionValueNorAUsageErrorMakesOne() throws Exception {
        Path help = Path.of(Processes.JAR + ".help.jsa");
        Files.deleteIfExists(help);
        long before = archives();
        String launcher = ROOT.resolve("loquent").toString();

        CliRun first = Processes.bash(dir, "'" + launcher + "' --help");
        CliRun second = Processes.bash(dir, "'" + launcher + "' -c elsewhere.properties --help");
        CliRun unknown = Processes.bash(dir, "'" + launcher + "' --dialect sqlite nonsense");

        assertThat(first.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out()).contains("upgrade");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("ERROR: unknown command 'nonsense'. Run 'loquent --help' for usage.\n");
        assertThat(help).exists();
        assertThat(Path.of(Processes.JAR + ".sqlite.jsa")).as("a value, not a command").doesNotExist();
        assertThat(archives()).as("help's; a usage error keeps none").isEqualTo(before + 1);
    }
}
