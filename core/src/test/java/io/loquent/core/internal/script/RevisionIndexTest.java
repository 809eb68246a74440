package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.ScriptException;
import io.loquent.core.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts folder's index (issue #13): a run that changes nothing takes the revisions from it, and every change to
 * the folder is still seen: edited (even to the same size with the old modification time put back), added, removed
 * and renamed files, a corrupt index, a cache entry deleted under it, concurrent runs.
 */
class RevisionIndexTest {
    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private List<LoadedRevision> load() {
        return new DirectoryScripts(migrations(), new CompileCache(dir.resolve("cache"), "test")).load();
    }

    private static List<String> messages(List<LoadedRevision> revisions) {
        return revisions.stream().map(r -> r.info().id() + ": " + r.info().message()).toList();
    }

    /** Files last touched an hour ago, so that the index vouches for them (not "racy"). */
    private Path settled(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        return file;
    }

    private Path revision(String name, String id, String down, String message) throws Exception {
        Path file = Scripts.write(migrations(), name, id, down, "", "");
        Files.writeString(file, Files.readString(file).replace("revision " + id, message));
        return settled(file);
    }

    private Path indexFile() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("index-")).findFirst().orElseThrow();
        }
    }

    @Test
    void anUnchangedFolderIsTakenFromTheIndexAndItsClassesAreDefinedOnlyWhenARevisionRuns() throws Exception {
        revision("1_a.java", "a1", null, "first");
        revision("2_b.java", "b2", "a1", "second");
        load();
        // Spoil the classes in the cache: a load that defined them would fail; one from the index does not.
        try (Stream<Path> classes = Files.walk(dir.resolve("cache"))) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                Files.write(c, new byte[] {1, 2, 3});
            }
        }

        List<LoadedRevision> loaded = load();

        assertThat(messages(loaded)).containsExactly("a1: first", "b2: second");
        assertThat(loaded.get(0).info().checksum()).isEqualTo(ScriptFile.read(migrations().resolve("1_a.java")).checksum());
        assertThatThrownBy(loaded.get(0)::newScript).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(ScriptFile.display(migrations().resolve("1_a.java")) + ": cannot load class R_a1"
                        + " from the compile cache (")
                .hasMessageEndingWith("Delete the compile cache folder and run again");
    }

    @Test
    void anEditToTheSameSizeWithTheOldModificationTimePutBackIsSeen() throws Exception {
        Path a = revision("1_a.java", "a1", null, "message A");
        load();
        FileTime before = Files.getLastModifiedTime(a);
        long size = Files.size(a);
        Files.writeString(a, Files.readString(a).replace("message A", "message B")); // what cp -p does
        Files.setLastModifiedTime(a, before);
        assertThat(Files.size(a)).isEqualTo(size);

        assertThat(messages(load())).containsExactly("a1: message B");
    }

    @Test
    void addedRemovedAndRenamedFilesAreSeen() throws Exception {
        revision("1_a.java", "a1", null, "first");
        Path b = revision("2_b.java", "b2", "a1", "second");
        load();

        revision("3_c.java", "c3", "b2", "third");
        assertThat(messages(load())).containsExactly("a1: first", "b2: second", "c3: third");

        Path renamed = Files.move(b, migrations().resolve("2_renamed.java"));
        List<LoadedRevision> afterRename = load();
        assertThat(afterRename).extracting(r -> r.info().source()).containsExactly(
                ScriptFile.display(migrations().resolve("1_a.java")), ScriptFile.display(renamed),
                ScriptFile.display(migrations().resolve("3_c.java")));

        Files.delete(migrations().resolve("3_c.java"));
        assertThat(messages(load())).containsExactly("a1: first", "b2: second");
    }

    @Test
    void aCorruptOrTruncatedIndexIsIgnored() throws Exception {
        revision("1_a.java", "a1", null, "first");
        load();
        Path index = indexFile();
        byte[] whole = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(messages(load())).containsExactly("a1: first");

        Files.writeString(indexFile(), "not an index");
        assertThat(messages(load())).containsExactly("a1: first");
    }

    @Test
    void aCacheEntryDeletedUnderTheIndexIsCompiledAgain() throws Exception {
        revision("1_a.java", "a1", null, "first");
        load();
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(entry)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(entry);
            }
        }
        DirectoryScripts scripts = new DirectoryScripts(migrations(), new CompileCache(dir.resolve("cache"), "test"));

        List<LoadedRevision> loaded = scripts.load();

        assertThat(scripts.compiledCount()).isEqualTo(1);
        assertThat(messages(loaded)).containsExactly("a1: first");
        assertThat(loaded.get(0).newScript()).isNotNull();
    }

    @Test
    void concurrentRunsEachSeeTheWholeFolder() throws Exception {
        for (int i = 0; i < 20; i++) {
            revision(String.format("%02d_r.java", i), "r" + i, i == 0 ? null : "r" + (i - 1), "revision " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(() -> messages(load()));
            }
            for (Future<List<String>> run : pool.invokeAll(runs)) {
                assertThat(run.get()).hasSize(20).startsWith("r0: revision 0").endsWith("r19: revision 19");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(messages(load())).hasSize(20);
    }

    @Test
    void aStampVouchesOnlyForAFileThatHadSettledBeforeTheScanThatRecordedIt() {
        long scan = 1_000_000_000_000L;
        FileStamp old = new FileStamp(10, (scan - 5_000) * 1_000_000, (scan - 5_000) * 1_000_000, "1:2");
        FileStamp recent = new FileStamp(10, (scan - 1_000) * 1_000_000, (scan - 1_000) * 1_000_000, "1:2");
        RevisionIndex index = RevisionIndex.of(scan, Map.of("old.java", new RevisionIndex.Known(old, "sha256:o"),
                "recent.java", new RevisionIndex.Known(recent, "sha256:r")), Map.of());

        assertThat(index.checksumIfUnchanged("old.java", old)).isEqualTo("sha256:o");
        assertThat(index.checksumIfUnchanged("recent.java", recent)).as("touched within two seconds of the scan").isNull();
        assertThat(index.checksumIfUnchanged("old.java", new FileStamp(11, old.modifiedNanos(), old.changedNanos(), "1:2")))
                .as("another size").isNull();
        assertThat(index.checksumIfUnchanged("old.java", new FileStamp(10, old.modifiedNanos(), old.changedNanos(), "1:3")))
                .as("another file (inode)").isNull();
        assertThat(index.checksumIfUnchanged("missing.java", old)).isNull();
    }
}
