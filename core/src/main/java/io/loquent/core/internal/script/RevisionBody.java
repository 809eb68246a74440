package io.loquent.core.internal.script;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a new revision file does: the statements of its {@code upgrade} and {@code downgrade} methods and the imports
 * they need beside {@code io.loquent.api.*} and the static {@code Types.*}.
 *
 * @param upgrade   the lines inside {@code upgrade(Op op)}, each indented eight spaces and ending in a line break;
 *                  empty for none
 * @param downgrade the same for {@code downgrade(Op op)}
 * @param imports   the types to import, such as {@code java.util.List}, written in this order
 */
public record RevisionBody(String upgrade, String downgrade, List<String> imports) {
    /** The body {@code revision -m} writes: nothing in either method. */
    public static final RevisionBody EMPTY = new RevisionBody("", "", List.of());

    private static final Pattern QUALIFIED = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)+");

    public RevisionBody {
        lines(upgrade, "upgrade");
        lines(downgrade, "downgrade");
        imports = List.copyOf(new TreeSet<>(imports));
        for (String type : imports) {
            if (!QUALIFIED.matcher(type).matches()) {
                throw new IllegalArgumentException("import '" + type + "' is not a qualified type name");
            }
        }
    }

    private static void lines(String body, String method) {
        if (!body.isEmpty() && !body.endsWith("\n")) {
            throw new IllegalArgumentException("the " + method + " body must end with a line break: " + body);
        }
    }

    /** Whether the bodies or the imports use {@code simpleName} as a word, so that a class so named would clash. */
    boolean mentions(String simpleName) {
        Pattern word = Pattern.compile("(?<![\\p{javaJavaIdentifierPart}])" + Pattern.quote(simpleName)
                + "(?![\\p{javaJavaIdentifierPart}])");
        return word.matcher(upgrade).find() || word.matcher(downgrade).find()
                || imports.stream().anyMatch(i -> i.endsWith("." + simpleName));
    }
}
