package io.loquent.core.internal.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification and status-change times, and its
 * identity (device and inode). Editing a file changes its modification time; replacing it (an editor's save by
 * rename, a checkout) changes its identity; restoring an old modification time ({@code touch -d}, {@code cp -p})
 * still changes its status-change time, which no user call can set. The last is read where the platform has it
 * (the {@code unix} attribute view); elsewhere it is the modification time.
 *
 * @param key the file system's identity of the file, or empty where it has none
 */
record FileStamp(long size, long modifiedNanos, long changedNanos, String key) {
    private static volatile boolean unixView = true;

    /** The stamp of a regular file; null when {@code path} is anything else (or cannot be read). */
    static FileStamp of(Path path) {
        try {
            if (unixView) {
                try {
                    Map<String, Object> a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile");
                    if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                        return null;
                    }
                    return new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                            a.get("dev") + ":" + a.get("ino"));
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    unixView = false;
                }
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return null;
            }
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return new FileStamp(a.size(), modified, modified, a.fileKey() == null ? "" : a.fileKey().toString());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the two stamps are equal. The same as {@code equals}, without the record's bootstrap of its generated
     * {@code equals}, which costs a command that compares nothing else a few milliseconds of start-up.
     */
    boolean sameAs(FileStamp other) {
        return size == other.size && modifiedNanos == other.modifiedNanos && changedNanos == other.changedNanos
                && key.equals(other.key);
    }

    /** The later of the two times, in epoch milliseconds. */
    long changedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(Math.max(modifiedNanos, changedNanos));
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
