package io.loquent.core.internal.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiled revision classes on disk, one folder per script keyed by the script's checksum and the Loquent and Java
 * versions, so that a run that changes nothing never starts javac. Entries are written to a temporary folder and
 * moved into place, so a crash or a concurrent run never leaves a half-written entry behind.
 */
public final class CompileCache {
    private static final System.Logger LOG = System.getLogger(CompileCache.class.getName());
    private final Path root;
    private final String salt;
    /** Warn once per run, not once per script. */
    private boolean warned;

    /** @param salt what besides the source decides the bytecode: Loquent's and the JVM's versions */
    public CompileCache(Path root, String salt) {
        this.root = root;
        this.salt = salt;
    }

    /** The classes compiled from a script with this checksum, by binary name, if cached. */
    public Optional<Map<String, byte[]>> lookup(String checksum) {
        Path dir = root.resolve(entry(checksum));
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
    }

    /**
     * Stores the classes of one script. A cache that cannot be written only costs a recompile next time, so this
     * never fails the run: it logs instead. When several processes compile the same script at once, the first move
     * wins and the others find the entry in place.
     */
    public void store(String checksum, Map<String, byte[]> classes) {
        Path dir = root.resolve(entry(checksum));
        Path tmp = null;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempDirectory(root, ".tmp-");
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                Files.write(tmp.resolve(c.getKey() + ".class"), c.getValue());
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            tmp = null;
        } catch (IOException e) {
            if (lookup(checksum).isEmpty() && !warned) {
                warned = true;
                LOG.log(System.Logger.Level.WARNING, unwritable(e));
            }
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * The one warning line for a cache that cannot be written: which folder, the OS's reason, what to do. No stack
     * trace: nothing failed, the run goes on with the classes compiled in memory.
     */
    private String unwritable(IOException e) {
        return "cannot write the compile cache in " + root + ": " + IoReason.of(e) + "; the scripts were compiled in"
                + " memory and will be compiled again next run. Make the folder writable or set cache_dir in"
                + " loquent.properties to a writable folder";
    }

    /**
     * The names of the entries in the cache now: one listing of its folder, where asking for each of 1,000 entries
     * would cost 1,000 system calls. Empty when the folder cannot be listed.
     */
    java.util.Set<String> entries() {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.nio.file.DirectoryStream<Path> list = Files.newDirectoryStream(root)) {
            list.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Set.of();
        }
        return names;
    }

    /** The bytes of class {@code name} in the entry named {@code entry}. */
    byte[] classBytes(String entry, String name) throws IOException {
        return Files.readAllBytes(root.resolve(entry).resolve(name + ".class"));
    }

    /** The {@link RevisionIndex} of the scripts folder {@code folder}; empty when there is none yet. */
    RevisionIndex index(Path folder) {
        return RevisionIndex.read(indexFile(folder), indexSalt(folder));
    }

    /** Keeps {@code index} as the index of {@code folder}; a cache that cannot be written only costs the next run time. */
    void keep(Path folder, RevisionIndex index) {
        index.write(indexFile(folder), indexSalt(folder));
    }

    /**
     * One index per scripts folder, so that folders sharing a cache folder do not overwrite each other's. The name
     * is a short hash of the folder (not SHA-256, whose provider set-up costs every command a few milliseconds);
     * two folders that share a name are told apart by {@link #indexSalt}.
     */
    private Path indexFile(Path folder) {
        return root.resolve("index-" + Integer.toHexString(absolute(folder).hashCode()));
    }

    private String indexSalt(Path folder) {
        return salt + "\0" + absolute(folder);
    }

    private static String absolute(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    /** The name of the entry that holds the classes of the script with this checksum. */
    String entry(String checksum) {
        String hash = checksum.substring(checksum.indexOf(':') + 1);
        return Checksums.sha256((salt + "\0" + hash).getBytes(StandardCharsets.UTF_8)).substring("sha256:".length(), 7 + 32);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a stray temporary folder is harmless
        }
    }
}
