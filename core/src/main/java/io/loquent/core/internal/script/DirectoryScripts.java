package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.core.ConfigurationException;
import io.loquent.core.ScriptException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The revisions of a scripts folder: its {@code .java} files, compiled through the {@link CompileCache} (only files
 * whose checksum has no cache entry go to javac, all of them in one run), and its {@code .sql} files
 * ({@link SqlRevisionFile}), repeatable ones kept apart ({@link #repeatables()}). Any other file is reported unless {@link ScriptFolderRule} ignores it, so that a
 * revision saved under a wrong name is never skipped without a word.
 */
public final class DirectoryScripts implements ScriptSource {
    private final Path folder;
    private final CompileCache cache;
    private final Supplier<Dialect> dialect;
    private final Consumer<String> warnings;
    private int compiled;
    private List<Repeatable> repeatables = List.of();

    /**
     * @param dialect  the dialect a {@code .sql} revision's statements are split by, asked only when one runs
     * @param warnings where the files that are neither revisions nor ignored are reported
     */
    public DirectoryScripts(Path folder, CompileCache cache, Supplier<Dialect> dialect, Consumer<String> warnings) {
        this.folder = folder;
        this.cache = cache;
        this.dialect = dialect;
        this.warnings = warnings;
    }

    /** A folder of Java revisions, for tests and tools that run no {@code .sql} revision. */
    public DirectoryScripts(Path folder, CompileCache cache) {
        this(folder, cache, () -> {
            throw new IllegalStateException("no dialect to split a .sql revision with");
        }, warning -> { });
    }

    @Override
    public List<LoadedRevision> load() {
        List<Path> all = files();
        List<ScriptFile> files = all.stream().filter(ScriptFolderRule::isJava).map(ScriptFile::read).toList();
        Map<ScriptFile, Map<String, byte[]>> classes = new LinkedHashMap<>();
        List<ScriptFile> missing = new ArrayList<>();
        for (ScriptFile file : files) {
            var cached = cache.lookup(file.checksum());
            classes.put(file, cached.orElse(null));
            if (cached.isEmpty()) {
                missing.add(file);
            }
        }
        compiled = missing.size();
        if (!missing.isEmpty()) {
            new ScriptCompiler().compile(missing).forEach((file, out) -> {
                cache.store(file.checksum(), out);
                classes.put(file, out);
            });
        }
        List<LoadedRevision> revisions = new ArrayList<>(define(classes));
        Map<String, Repeatable> byName = new java.util.TreeMap<>();
        for (ScriptFile sql : all.stream().filter(ScriptFolderRule::isSql).map(ScriptFile::read).toList()) {
            if (!SqlRevisionFile.isRepeatable(sql)) {
                revisions.add(SqlRevisionFile.read(sql, dialect));
                continue;
            }
            Repeatable repeatable = SqlRevisionFile.readRepeatable(sql);
            Repeatable previous = byName.putIfAbsent(repeatable.name(), repeatable);
            if (previous != null) {
                throw new ScriptException(List.of(repeatable.source() + ": the repeatable '" + repeatable.name()
                        + "' is also declared in " + previous.source()), "Rename one of the two");
            }
        }
        repeatables = List.copyOf(byName.values());
        revisions.sort(java.util.Comparator.comparing(r -> r.info().source())); // file-name order, as before
        return revisions;
    }

    @Override
    public List<Repeatable> repeatables() {
        return repeatables;
    }

    @Override
    public int compiledCount() {
        return compiled;
    }

    /** The folder's revision files, sorted by name; the others reported unless ignored. */
    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("scripts folder '" + folder + "' does not exist;"
                    + " run 'loquent init' or set scripts in loquent.properties");
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> files = new ArrayList<>();
            for (Path p : list.sorted().toList()) {
                if (ScriptFolderRule.isRevision(p)) {
                    requireRegularFile(p);
                    files.add(p);
                } else if (!ScriptFolderRule.isIgnored(p)) {
                    warnings.accept(ScriptFolderRule.unknown(p));
                }
            }
            return files;
        } catch (IOException e) {
            throw new ConfigurationException("cannot list the scripts folder '" + folder + "': " + IoReason.of(e)
                    + ". Check that it is a folder you may read", e);
        }
    }

    /** A dangling link or a special file is an error, never skipped: skipping it would hide a revision. */
    private static void requireRegularFile(Path file) {
        if (Files.isRegularFile(file)) {
            return;
        }
        String what = "is not a regular file";
        if (Files.isSymbolicLink(file)) {
            try {
                what = "is a symbolic link to '" + Files.readSymbolicLink(file) + "', which does not exist";
            } catch (IOException e) {
                what = "is a symbolic link that cannot be followed (" + IoReason.of(e) + ")";
            }
        }
        throw new ScriptException(List.of(ScriptFile.display(file) + ": the revision file " + what),
                "Remove it from the scripts folder or fix the link");
    }

    /** Defines every class in one loader and reads the revision of each file. */
    private static List<LoadedRevision> define(Map<ScriptFile, Map<String, byte[]>> classes) {
        Map<String, byte[]> all = new HashMap<>();
        Map<String, ScriptFile> owner = new HashMap<>();
        classes.forEach((file, byName) -> byName.forEach((name, bytes) -> {
            ScriptFile previous = owner.putIfAbsent(name, file);
            if (previous != null) {
                throw new ScriptException(List.of(file.display() + ": class " + name + " is also declared in "
                        + previous.display()), "Rename one of the two classes");
            }
            all.put(name, bytes);
        }));
        ScriptClassLoader loader = new ScriptClassLoader(all, MigrationScript.class.getClassLoader());
        List<LoadedRevision> revisions = new ArrayList<>(classes.size());
        classes.forEach((file, byName) -> revisions.add(revisionOf(file, byName.keySet(), loader)));
        return revisions;
    }

    private static LoadedRevision revisionOf(ScriptFile file, Iterable<String> classNames, ClassLoader loader) {
        LoadedRevision found = null;
        for (String name : classNames) {
            if (name.indexOf('$') >= 0) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ScriptException(file.display() + ": cannot load class " + name + " (" + ScriptLocation.reason(e) + ")",
                        "Delete the compile cache folder and run again", e);
            }
            if (type.isAnnotationPresent(io.loquent.api.Revision.class) || MigrationScript.class.isAssignableFrom(type)) {
                if (found != null) {
                    throw new ScriptException(List.of(file.display() + ": declares two revisions, "
                            + found.type().getName() + " and " + name), "Put each revision in its own file");
                }
                found = RevisionReader.read(type, file.display(), file.checksum());
            }
        }
        if (found == null) {
            throw new ScriptException(List.of(file.display() + ":1: no class implementing MigrationScript with @Revision"),
                    "Declare one, or move the file out of the scripts folder");
        }
        return found;
    }
}
