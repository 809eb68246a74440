package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.Revision;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Reads and checks the {@code @Revision} of a script class. */
public final class RevisionReader {
    /** Letters, digits, {@code _} and {@code .}: never {@code @ - + :} or spaces, which the target grammar uses. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.]{1,128}");

    private RevisionReader() {
    }

    /** Whether {@code id} is a valid revision id. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !id.equals("head") && !id.equals("heads")
                && !id.equals("base") && !id.equals("current");
    }

    /** Whether {@code label} is a valid branch label: the id characters, reserved words allowed. */
    static boolean isValidLabel(String label) {
        return ID.matcher(label).matches();
    }

    /** The message that explains a rejected id. */
    public static String idRule() {
        return "ids are 1 to 128 letters, digits, '_' or '.', and not head, heads, base or current"
                + " (the characters @ - + : and spaces belong to the target grammar)";
    }

    /**
     * The revision declared by {@code type}.
     *
     * @param source   the file or class name, for messages
     * @param checksum the script's checksum
     */
    public static LoadedRevision read(Class<?> type, String source, String checksum) {
        return read(type, source, () -> checksum, Map.of());
    }

    /**
     * As {@link #read(Class, String, String)}, with a checksum computed on first use and the earlier definitions
     * that {@link LoadedRevision#checksumLike} recognises.
     */
    static LoadedRevision read(Class<?> type, String source, Supplier<String> checksum,
                               Map<String, Supplier<String>> earlier) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw invalid(source, type.getName() + " implements MigrationScript but has no @Revision annotation",
                    "Add @Revision(id = \"...\", down = {...}) to the class");
        }
        if (!MigrationScript.class.isAssignableFrom(type)) {
            throw invalid(source, type.getName() + " has @Revision but does not implement MigrationScript",
                    "Declare it as 'implements MigrationScript'");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw invalid(source, type.getName() + " is abstract", "A revision class must be concrete");
        }
        RevisionInfo info = new Declaration(revision.id(), List.of(revision.down()), List.of(revision.dependsOn()),
                List.of(revision.branchLabels()), revision.message(), Declaration.Syntax.ANNOTATION)
                .info(source, source, checksum);
        @SuppressWarnings("unchecked")
        Class<? extends MigrationScript> scriptType = (Class<? extends MigrationScript>) type;
        return new LoadedRevision(info, scriptType, earlier);
    }

    private static ScriptException invalid(String source, String problem, String advice) {
        return new ScriptException(List.of(source + ": " + problem), advice);
    }
}
