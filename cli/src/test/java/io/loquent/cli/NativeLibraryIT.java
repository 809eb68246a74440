package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlite-jdbc's native library is copied once into the user's cache folder ({@code $XDG_CACHE_HOME/loquent}) and used
 * from there by every later run, instead of being extracted again on each start (issue #13).
 */
class NativeLibraryIT {
    @TempDir
    Path dir;

    private List<Path> libraries(Path cache) throws Exception {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.getFileName().toString().contains("sqlitejdbc")).toList();
        }
    }

    @Test
    void theLibraryIsCopiedOnceAndUsedFromTheCacheAfterwards() throws Exception {
        Path cache = dir.resolve("cache");
        Path project = Files.createDirectories(dir.resolve("project/migrations")).getParent();
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        CliRun first = Processes.separately(project, env, List.of("--url", "jdbc:sqlite:app.db", "current"));
        List<Path> copied = libraries(cache.resolve("loquent"));
        java.nio.file.attribute.FileTime written = copied.isEmpty() ? null : Files.getLastModifiedTime(copied.get(0));
        CliRun second = Processes.separately(project, env, List.of("--url", "jdbc:sqlite:app.db", "current"));

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEqualTo(first.err()).doesNotContain("SEVERE");
        assertThat(copied).singleElement().satisfies(lib -> {
            assertThat(cache.resolve("loquent").relativize(lib).toString()).startsWith("sqlite-jdbc/");
            assertThat(Files.size(lib)).isGreaterThan(100_000);
        });
        assertThat(libraries(cache.resolve("loquent"))).isEqualTo(copied);
        assertThat(Files.getLastModifiedTime(copied.get(0))).as("not written again").isEqualTo(written);
    }
}
