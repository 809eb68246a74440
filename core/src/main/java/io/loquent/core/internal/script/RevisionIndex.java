package io.loquent.core.internal.script;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last run learnt of one scripts folder, kept in one file of the compile cache, so that a run that changes
 * nothing neither reads every script nor defines every class (issue #13: at 1,000 revisions, hashing the files cost
 * about 50 ms and defining the classes about 125 ms of every command):
 * <ul>
 *   <li>per file name, the file's {@link FileStamp} and the checksum of its text. A file whose stamp is unchanged, and
 *       that had not been touched for {@link #SETTLED_MILLIS} when that run looked at it, is not read again. The
 *       margin is git's answer to "racy" files: a file written twice within one tick of the file system's clock
 *       keeps its stamp, so only a stamp older than the clock's tick can vouch for the content.</li>
 *   <li>per checksum, the revision its script declares and the classes it compiled to. Keyed by content, such an
 *       entry never goes stale; it only vouches for classes the cache still holds, which the caller checks.</li>
 * </ul>
 * The file is written whole to a temporary file and moved into place, so concurrent runs each leave a complete index
 * (the last one wins, and every entry of either is right). One that cannot be read, or was written by another version
 * of Loquent or Java, is treated as empty: the index only ever saves work.
 */
final class RevisionIndex {
    /** How long a file must have been left alone before its stamp vouches for its content. */
    static final long SETTLED_MILLIS = 2_000;
    private static final int MAGIC = 0x4C514958; // "LQIX"
    private static final int FORMAT = 1;

    /** A file's stamp when it was read, and the checksum of its text then. */
    record Known(FileStamp stamp, String checksum) {
    }

    /**
     * What a compiled script declares.
     *
     * @param entry     the compile cache's entry that holds its classes
     * @param className the revision class
     * @param classes   every class compiled from the file, by binary name
     */
    record Declared(String entry, String className, List<String> classes, String id, List<String> down,
                    List<String> dependsOn, List<String> labels, String message) {
        Declared {
            classes = List.copyOf(classes);
            down = List.copyOf(down);
            dependsOn = List.copyOf(dependsOn);
            labels = List.copyOf(labels);
        }
    }

    private final long scannedAt;
    private final Map<String, Known> files;
    private final Map<String, Declared> declared;

    private RevisionIndex(long scannedAt, Map<String, Known> files, Map<String, Declared> declared) {
        this.scannedAt = scannedAt;
        this.files = files;
        this.declared = declared;
    }

    /** An index that knows nothing. */
    static RevisionIndex empty() {
        return new RevisionIndex(Long.MIN_VALUE, Map.of(), Map.of());
    }

    /** A new index, of a scan of the folder that began at {@code scannedAt} (epoch milliseconds). */
    static RevisionIndex of(long scannedAt, Map<String, Known> files, Map<String, Declared> declared) {
        return new RevisionIndex(scannedAt, Map.copyOf(files), Map.copyOf(declared));
    }

    /**
     * The checksum recorded for the file named {@code name}, if its stamp is still {@code stamp} and it had settled
     * before the scan that recorded it; otherwise null, and the file must be read.
     */
    String checksumIfUnchanged(String name, FileStamp stamp) {
        Known known = files.get(name);
        if (known == null || !known.stamp().sameAs(stamp) || stamp.changedMillis() >= scannedAt - SETTLED_MILLIS) {
            return null;
        }
        return known.checksum();
    }

    /** Whether this index knows nothing. */
    boolean isEmpty() {
        return files.isEmpty() && declared.isEmpty();
    }

    /** What the script with this checksum declares, if known. */
    Declared declared(String checksum) {
        return declared.get(checksum);
    }

    /**
     * Whether this index says what {@code other} says, so that writing it again is pointless. Entries of
     * {@code declared} are keyed by content, so equal keys are equal entries.
     */
    boolean sameAs(RevisionIndex other) {
        if (files.size() != other.files.size() || !declared.keySet().equals(other.declared.keySet())) {
            return false;
        }
        for (Map.Entry<String, Known> e : files.entrySet()) {
            Known theirs = other.files.get(e.getKey());
            if (theirs == null || !theirs.stamp().sameAs(e.getValue().stamp())
                    || !theirs.checksum().equals(e.getValue().checksum())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index in {@code file}, written for {@code salt}; {@link #empty()} when absent, unreadable or of another salt.
     * The salt names the folder too, since index file names are short hashes of folders.
     */
    static RevisionIndex read(Path file, String salt) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(salt)) {
                return empty();
            }
            long scannedAt = in.readLong();
            int fileCount = in.readInt();
            Map<String, Known> files = new HashMap<>(fileCount * 2);
            for (int i = 0; i < fileCount; i++) {
                String name = in.readUTF();
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readUTF());
                files.put(name, new Known(stamp, in.readUTF()));
            }
            int declaredCount = in.readInt();
            Map<String, Declared> declared = new HashMap<>(declaredCount * 2);
            for (int i = 0; i < declaredCount; i++) {
                String checksum = in.readUTF();
                declared.put(checksum, new Declared(in.readUTF(), in.readUTF(), strings(in), in.readUTF(), strings(in),
                        strings(in), strings(in), in.readUTF()));
            }
            return new RevisionIndex(scannedAt, files, declared);
        } catch (IOException | RuntimeException e) { // truncated or foreign: the index only saves work
            return empty();
        }
    }

    /** Writes this index to {@code file} for {@code salt}; false when it cannot (the next run reads the files again). */
    boolean write(Path file, String salt) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".tmp-index-", "");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(salt);
                out.writeLong(scannedAt);
                out.writeInt(files.size());
                for (Map.Entry<String, Known> e : files.entrySet()) {
                    FileStamp s = e.getValue().stamp();
                    out.writeUTF(e.getKey());
                    out.writeLong(s.size());
                    out.writeLong(s.modifiedNanos());
                    out.writeLong(s.changedNanos());
                    out.writeUTF(s.key());
                    out.writeUTF(e.getValue().checksum());
                }
                out.writeInt(declared.size());
                for (Map.Entry<String, Declared> e : declared.entrySet()) {
                    Declared d = e.getValue();
                    out.writeUTF(e.getKey());
                    out.writeUTF(d.entry());
                    out.writeUTF(d.className());
                    strings(out, d.classes());
                    out.writeUTF(d.id());
                    strings(out, d.down());
                    strings(out, d.dependsOn());
                    strings(out, d.labels());
                    out.writeUTF(d.message());
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return true;
        } catch (IOException | RuntimeException e) { // a message longer than writeUTF takes, a read-only cache
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file in the cache is harmless
                }
            }
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }
}
