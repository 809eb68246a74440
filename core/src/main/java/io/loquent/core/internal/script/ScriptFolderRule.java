package io.loquent.core.internal.script;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which entries of a scripts folder are revisions, which are ignored, and how the rest is reported (README,
 * "What the scripts folder may hold"). Revisions are the {@code .java} and {@code .sql} files directly in the folder;
 * ignored are hidden entries (a name starting with {@code .}, such as {@code .gitkeep}), editor backups (ending in
 * {@code ~}), {@code README*} and {@code *.md} files. Anything else, a sub-folder included, is reported: Flyway skips
 * an unknown file silently, and a revision saved as {@code V2__add.sq} would then never run.
 */
final class ScriptFolderRule {
    private ScriptFolderRule() {
    }

    static boolean isJava(Path entry) {
        return name(entry).endsWith(".java") && !Files.isDirectory(entry);
    }

    static boolean isSql(Path entry) {
        return name(entry).endsWith(".sql") && !Files.isDirectory(entry);
    }

    static boolean isRevision(Path entry) {
        return !isIgnored(entry) && (isJava(entry) || isSql(entry));
    }

    static boolean isIgnored(Path entry) {
        String name = name(entry);
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".md")
                || name.toUpperCase(Locale.ROOT).startsWith("README");
    }

    /** The warning for an entry that is neither a revision nor ignored. */
    static String unknown(Path entry) {
        String what = Files.isDirectory(entry) ? "is a folder, and only the files directly in the scripts folder are read"
                : "is neither a revision (.java or .sql) nor ignored (hidden files, *~, README*, *.md)";
        return "'" + ScriptFile.display(entry) + "' in the scripts folder " + what + ", so it is not run."
                + " Move it out of the scripts folder, or rename it if it is a revision";
    }

    private static String name(Path entry) {
        return entry.getFileName().toString();
    }
}
