package io.loquent.core.internal.script;

import io.loquent.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a new revision file: a random 12-hex id, a class name made from the message, and a file name that starts
 * with the creation time and sorts after every file already in the folder.
 */
public final class RevisionWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);
    /** Names a script class must not take: they would hide the API types it uses. */
    private static final Set<String> RESERVED = Set.of("Revision", "MigrationScript", "Op", "BatchOp", "Migration",
            "Types", "ColumnSpec", "ColumnChange", "TableBuilder", "LoquentException", "Override", "String", "Object",
            "Integer", "Long", "Boolean", "System", "Math", "List", "Map");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The most bytes a string constant may take in a class file (JVMS 4.4.7): a longer message cannot compile. */
    static final int MAX_CONSTANT = 65_535;

    private RevisionWriter() {
    }

    /** A random 12-hex-digit id, as Alembic's. */
    public static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Writes a file whose methods do nothing and returns its path.
     *
     * @param down       the parent ids (the current heads)
     * @param takenNames class names the folder's scripts already use
     */
    public static Path write(Path folder, String id, List<String> down, List<String> branchLabels,
                             List<String> dependsOn, String message, Set<String> takenNames, LocalDateTime now) {
        return write(folder, id, down, branchLabels, dependsOn, message, takenNames, now, RevisionBody.EMPTY);
    }

    /**
     * Writes a file whose methods do what {@code body} says and returns its path.
     *
     * @param down       the parent ids (the current heads)
     * @param takenNames class names the folder's scripts already use
     */
    public static Path write(Path folder, String id, List<String> down, List<String> branchLabels,
                             List<String> dependsOn, String message, Set<String> takenNames, LocalDateTime now,
                             RevisionBody body) {
        if (!RevisionReader.isValidId(id)) {
            throw new ConfigurationException("revision id '" + id + "' is not valid: " + RevisionReader.idRule());
        }
        int bytes = classFileLength(message);
        if (bytes > MAX_CONSTANT) {
            throw new ConfigurationException("revision message is too long: " + bytes + " bytes in the class file,"
                    + " where a string holds at most " + MAX_CONSTANT + ". Nothing was written; shorten the message"
                    + " (a long explanation fits in a comment in the revision file)");
        }
        String className = className(message, id, takenNames, body);
        return create(fileIn(folder, id, message, now, ".java"),
                source(id, down, branchLabels, dependsOn, message, className, body));
    }

    /**
     * Writes a {@code .sql} revision with its header and empty sections, and returns its path.
     *
     * @param down the parent ids (the current heads)
     */
    public static Path writeSql(Path folder, String id, List<String> down, List<String> branchLabels,
                                List<String> dependsOn, String message, LocalDateTime now) {
        if (!RevisionReader.isValidId(id)) {
            throw new ConfigurationException("revision id '" + id + "' is not valid: " + RevisionReader.idRule());
        }
        return create(fileIn(folder, id, message, now, ".sql"), SqlRevisionFile.skeleton(id, down, branchLabels,
                dependsOn, message));
    }

    /** Writes a repeatable revision, {@code repeatable_NAME.sql}, with its header and an empty body. */
    public static Path writeRepeatable(Path folder, String name, String message) {
        String text = SqlRevisionFile.repeatableSkeleton(name, message);
        return create(folder.resolve("repeatable_" + name + ".sql"), text, "choose another name, or edit that file");
    }

    private static Path fileIn(Path folder, String id, String message, LocalDateTime now, String extension) {
        String slug = slug(message);
        return folder.resolve(stamp(folder, now) + "_" + id + (slug.isEmpty() ? "" : "_" + slug) + extension);
    }

    private static Path create(Path file, String text) {
        return create(file, text, "choose another --rev-id");
    }

    private static Path create(Path file, String text, String otherwise) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(Files.createFile(file), text);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigurationException("revision file '" + file + "' already exists; " + otherwise, e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot write revision file '" + file + "': " + IoReason.of(e)
                    + ". Check that the scripts folder exists and is writable", e);
        }
        return file;
    }

    /** The creation time, moved past the newest file's so that names sort by creation even within a second. */
    private static String stamp(Path folder, LocalDateTime now) {
        String newest = "";
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{8}_\\d{6}_.*"))
                        .map(n -> n.substring(0, 15)).max(String::compareTo).orElse("");
            } catch (IOException e) {
                throw new ConfigurationException("cannot list the scripts folder '" + folder + "': " + IoReason.of(e)
                        + ". Check that it is a folder you may read", e);
            }
        }
        LocalDateTime t = now;
        while (t.format(STAMP).compareTo(newest) <= 0) {
            t = t.plusSeconds(1);
        }
        return t.format(STAMP);
    }

    static String className(String message, String id, Set<String> taken) {
        return className(message, id, taken, RevisionBody.EMPTY);
    }

    /** The class name for {@code message}; one that {@code body} uses for something else takes the id too. */
    static String className(String message, String id, Set<String> taken, RevisionBody body) {
        String camel = Stream.of(message.split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
        if (camel.isEmpty() || !Character.isLetter(camel.charAt(0))) {
            camel = "Revision" + camel;
        }
        if (camel.length() > 60) {
            camel = camel.substring(0, 60);
        }
        return taken.contains(camel) || RESERVED.contains(camel) || body.mentions(camel) ? camel + "_" + id : camel;
    }

    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_+$", "") : slug;
    }

    private static String source(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
                                 String message, String className, RevisionBody body) {
        String extra = (branchLabels.isEmpty() ? "" : ", branchLabels = " + array(branchLabels))
                + (dependsOn.isEmpty() ? "" : ", dependsOn = " + array(dependsOn));
        String imports = body.imports().stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
        // Concatenated rather than formatted: the bodies may hold any text, % signs included.
        return "import io.loquent.api.*;\n" + imports + """
                import static io.loquent.api.Types.*;

                @Revision(id = %s, down = %s%s, message = %s)
                public final class %s implements MigrationScript {
                    @Override public void upgrade(Op op) {
                """.formatted(javaString(id), array(down), extra, javaString(message), className)
                + body.upgrade() + """
                    }

                    @Override public void downgrade(Op op) {
                """ + body.downgrade() + """
                    }
                }
                """;
    }

    /** {@code {}}, {@code "a"} or {@code {"a", "b"}}. */
    private static String array(List<String> values) {
        return values.isEmpty() ? "{}" : values.size() == 1 ? javaString(values.get(0))
                : "{" + values.stream().map(RevisionWriter::javaString).collect(Collectors.joining(", ")) + "}";
    }

    /**
     * A Java string literal that compiles to {@code text} exactly: quotes, backslashes, line breaks and other control
     * characters escaped (controls as octal escapes, which the lexer reads, rather than Unicode escapes, which javac
     * translates before lexing), and an unpaired surrogate (which UTF-8 cannot encode) written as a {@code \\u}
     * escape. Valid characters beyond ASCII stay as they are, so a message reads in the file as it was typed.
     * Backslashes are doubled, so a {@code \\u000a} in the text is never read as a Unicode escape; one that follows
     * an escaped surrogate is written {@code \\134}, since javac reads {@code \\ud800\\\\u} as the start of a
     * surrogate pair whatever the backslashes before the {@code u} (found by the property test).
     */
    public static String javaString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        boolean afterSurrogateEscape = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean surrogateEscape = Character.isSurrogate(c) && !paired;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append(afterSurrogateEscape ? "\\134" : "\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(surrogateEscape ? String.format("\\u%04x", (int) c)
                        : Character.isISOControl(c) ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
            afterSurrogateEscape = surrogateEscape;
        }
        return sb.append('"').toString();
    }

    /** The length of {@code text} in a class file's constant pool: modified UTF-8, NUL and each surrogate counted alone. */
    static int classFileLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
        }
        return length;
    }
}
