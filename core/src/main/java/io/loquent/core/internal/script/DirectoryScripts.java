package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.core.ConfigurationException;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        // The index is read while the folder is listed: each takes about 3 ms per 1,000 files.
        java.util.concurrent.FutureTask<RevisionIndex> index = new java.util.concurrent.FutureTask<>(() -> cache.index(folder));
        Thread reader = new Thread(index, "loquent-index");
        reader.setDaemon(true);
        reader.start();
        List<Path> javaFiles = new ArrayList<>();
        List<Path> sqlFiles = new ArrayList<>();
        files(javaFiles, sqlFiles);
        List<LoadedRevision> revisions = new ArrayList<>(javaRevisions(javaFiles, indexRead(index)));
        Map<String, Repeatable> byName = new java.util.TreeMap<>();
        for (ScriptFile sql : sqlFiles.stream().map(ScriptFile::read).toList()) {
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

    /** The index the reader thread read; empty if it failed, since the index only ever saves work. */
    private static RevisionIndex indexRead(java.util.concurrent.FutureTask<RevisionIndex> index) {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RevisionIndex.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return RevisionIndex.empty();
        }
    }

    /**
     * The revisions of the {@code .java} files. A file the {@link RevisionIndex} vouches for is neither read nor
     * defined: its revision comes from the index and its classes are defined when it first runs. The others are
     * read, found in the cache or compiled (all in one javac run), defined to read their {@code @Revision}, and
     * added to the index, which is written again whenever this run learnt something.
     */
    private List<LoadedRevision> javaRevisions(List<Path> paths, RevisionIndex index) {
        long scannedAt = System.currentTimeMillis();
        String shownFolder = ScriptFile.display(folder);
        String prefix = shownFolder.isEmpty() ? "" : shownFolder + folder.getFileSystem().getSeparator();
        IndexedRevisions indexed = new IndexedRevisions(cache, index, prefix);
        Map<String, RevisionIndex.Known> known = new HashMap<>();
        Map<String, RevisionIndex.Declared> declared = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        List<LoadedRevision> revisions = new ArrayList<>(paths.size());
        Map<ScriptFile, Map<String, byte[]>> read = new LinkedHashMap<>();
        List<ScriptFile> missing = new ArrayList<>();
        boolean learnt = false;
        for (Path path : paths) {
            FileStamp stamp = FileStamp.of(path);
            if (stamp == null && Files.isDirectory(path)) {
                warnings.accept(ScriptFolderRule.unknown(path));
                continue;
            }
            if (stamp == null) {
                requireRegularFile(path);
            }
            String name = path.getFileName().toString();
            String checksum = stamp == null ? null : index.checksumIfUnchanged(name, stamp);
            ScriptFile file = null;
            if (checksum == null) {
                file = ScriptFile.read(path);
                checksum = file.checksum();
                learnt = true;
            }
            if (stamp != null) {
                known.put(name, new RevisionIndex.Known(stamp, checksum));
            }
            LoadedRevision found = indexed.find(name, checksum, owners);
            if (found != null) {
                declared.put(checksum, index.declared(checksum));
                revisions.add(found);
                continue;
            }
            if (file == null) {
                file = ScriptFile.read(path);
            }
            var cached = cache.lookup(file.checksum());
            read.put(file, cached.orElse(null));
            if (cached.isEmpty()) {
                missing.add(file);
            }
        }
        compiled = missing.size();
        if (!missing.isEmpty()) {
            new ScriptCompiler().compile(missing).forEach((file, out) -> {
                cache.store(file.checksum(), out);
                read.put(file, out);
            });
        }
        read.forEach((file, classes) -> classes.keySet().forEach(c -> claim(owners, c, file.display())));
        define(read).forEach((file, revision) -> {
            declared.put(file.checksum(), declaration(file, revision, read.get(file).keySet()));
            revisions.add(revision);
        });
        RevisionIndex now = RevisionIndex.of(scannedAt, known, declared);
        if (learnt || !read.isEmpty() || !now.sameAs(index)) {
            cache.keep(folder, now);
        }
        return revisions;
    }

    /** Records that {@code file} declares class {@code name}; two files declaring one class is an error. */
    static void claim(Map<String, String> owners, String name, String file) {
        String previous = owners.putIfAbsent(name, file);
        if (previous != null) {
            throw new ScriptException(List.of(file + ": class " + name + " is also declared in " + previous),
                    "Rename one of the two classes");
        }
    }

    /** What the index keeps of a revision defined this run: its declaration, its entry and its classes. */
    private RevisionIndex.Declared declaration(ScriptFile file, LoadedRevision revision, java.util.Set<String> classes) {
        RevisionInfo info = revision.info();
        return new RevisionIndex.Declared(cache.entry(file.checksum()), revision.typeName(), List.copyOf(classes),
                info.id(), info.down(), info.dependsOn(), info.branchLabels(), info.message());
    }

    /**
     * The folder's revision files, sorted by name, into {@code javaFiles} and {@code sqlFiles}; the others reported unless
     * ignored. Entries are told apart by name: a {@code .java} file's stamp shows whether it is a regular file.
     */
    private void files(List<Path> javaFiles, List<Path> sqlFiles) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("scripts folder '" + folder + "' does not exist;"
                    + " run 'loquent init' or set scripts in loquent.properties");
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            list.forEach(entries::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
            throw new ConfigurationException("cannot list the scripts folder '" + folder + "': " + IoReason.of(cause)
                    + ". Check that it is a folder you may read", cause);
        }
        entries.sort(null);
        for (Path p : entries) {
            switch (ScriptFolderRule.of(p.getFileName().toString())) {
                case JAVA -> javaFiles.add(p);
                case SQL -> {
                    if (Files.isDirectory(p)) {
                        warnings.accept(ScriptFolderRule.unknown(p));
                    } else {
                        requireRegularFile(p);
                        sqlFiles.add(p);
                    }
                }
                case OTHER -> warnings.accept(ScriptFolderRule.unknown(p));
                case IGNORED -> { }
            }
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

    /** Defines the classes of {@code classes} in one loader and reads the revision of each file. */
    private static Map<ScriptFile, LoadedRevision> define(Map<ScriptFile, Map<String, byte[]>> classes) {
        Map<String, ScriptClassLoader.ClassBytes> all = new HashMap<>();
        classes.values().forEach(byName -> byName.forEach((name, bytes) -> all.put(name, () -> bytes)));
        ScriptClassLoader loader = new ScriptClassLoader(all, MigrationScript.class.getClassLoader());
        Map<ScriptFile, LoadedRevision> revisions = new LinkedHashMap<>();
        classes.forEach((file, byName) -> revisions.put(file, revisionOf(file, byName.keySet(), loader)));
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
                            + found.typeName() + " and " + name), "Put each revision in its own file");
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
