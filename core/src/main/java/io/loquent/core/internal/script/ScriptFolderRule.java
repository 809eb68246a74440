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

    /** What an entry of the folder is, by its name alone: one system call less per file of a large folder. */
    enum Kind { JAVA, SQL, IGNORED, OTHER }

    /**
     * The kind an entry's name gives it. A folder named like a revision is told apart later, when its stamp or
     * content is read, and reported as {@link #unknown(Path)} says.
     */
    static Kind of(String name) {
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".md")
                || name.toUpperCase(Locale.ROOT).startsWith("README")) {
            return Kind.IGNORED;
        }
        if (name.endsWith(".java")) {
            return Kind.JAVA;
        }
        return name.endsWith(".sql") ? Kind.SQL : Kind.OTHER;
    }

    /** The warning for an entry that is neither a revision nor ignored. */
    static String unknown(Path entry) {
        String what = Files.isDirectory(entry) ? "is a folder, and only the files directly in the scripts folder are read"
                : "is neither a revision (.java or .sql) nor ignored (hidden files, *~, README*, *.md)";
        return "'" + ScriptFile.display(entry) + "' in the scripts folder " + what + ", so it is not run."
                + " Move it out of the scripts folder, or rename it if it is a revision";
    }
}
