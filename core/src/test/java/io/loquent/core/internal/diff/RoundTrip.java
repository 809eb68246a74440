package io.loquent.core.internal.diff;

import io.loquent.api.Migration;
import io.loquent.api.MigrationScript;
import io.loquent.api.operation.Operation;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.script.CompileCache;
import io.loquent.core.internal.script.DirectoryScripts;
import io.loquent.core.internal.script.LoadedRevision;
import io.loquent.core.internal.script.RevisionBody;
import io.loquent.core.internal.script.RevisionWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes changes as real revision files with {@link RevisionWriter}, compiles the folder with core's script pipeline
 * (one javac run for all of them), and records what each revision's methods do through core's recorder.
 */
final class RoundTrip {
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 5, 1, 12, 0);
    private static final Pattern CLASS = Pattern.compile("public final class (\\S+) implements MigrationScript");

    /** What one written revision holds and does. */
    record Revision(Path file, String source, String message, List<Operation> upgrade, List<Operation> downgrade) {
    }

    private RoundTrip() {
    }

    /** The operations running {@code changes} upgrades through, in order. */
    static List<Operation> upgradeOf(List<Change> changes) {
        return changes.stream().flatMap(c -> c.upgrade().stream()).toList();
    }

    /** The operations running {@code changes} downgrades through: the changes in reverse order. */
    static List<Operation> downgradeOf(List<Change> changes) {
        List<Change> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);
        return reversed.stream().flatMap(c -> c.downgrade().stream()).toList();
    }

    /** Writes one revision per entry (message to changes) into {@code dir/migrations}, then compiles and runs them. */
    static List<Revision> run(Path dir, NamingConvention naming, Map<String, List<Change>> revisions) {
        Path folder = dir.resolve("migrations");
        DslWriter writer = new DslWriter(naming);
        Map<String, Path> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, List<Change>> revision : revisions.entrySet()) {
            String id = RevisionWriter.newId();
            RevisionBody body = writer.write(revision.getValue());
            files.put(id, RevisionWriter.write(folder, id, List.of(), List.of(), List.of(), revision.getKey(), taken,
                    NOW, body));
            Matcher declared = CLASS.matcher(read(files.get(id)));
            taken.add(declared.find() ? declared.group(1) : id);
        }
        Map<String, LoadedRevision> loaded = new LinkedHashMap<>();
        new DirectoryScripts(folder, new CompileCache(dir.resolve("cache"), "round-trip")).load()
                .forEach(r -> loaded.put(r.info().id(), r));
        List<Revision> result = new ArrayList<>();
        files.forEach((id, file) -> {
            LoadedRevision revision = loaded.get(id);
            result.add(new Revision(file, read(file), revision.info().message(),
                    record(revision.newScript(), naming, MigrationScript::upgrade),
                    record(revision.newScript(), naming, MigrationScript::downgrade)));
        });
        return result;
    }

    private static List<Operation> record(MigrationScript script, NamingConvention naming,
                                          BiConsumer<MigrationScript, io.loquent.api.Op> method) {
        List<Operation> recorded = new ArrayList<>();
        OperationRecorder op = new OperationRecorder(recorded::add, naming);
        Migration.bind(op, () -> method.accept(script, op));
        return recorded;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
