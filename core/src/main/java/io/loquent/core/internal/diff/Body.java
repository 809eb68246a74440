package io.loquent.core.internal.diff;

import java.util.Set;
import java.util.TreeSet;

/**
 * The source of one method body as it is written: its lines, eight spaces in and four more per nesting level, the
 * types they import, and the names of the local variables already declared in it.
 */
final class Body {
    private static final String INDENT = "        ";
    private final StringBuilder text = new StringBuilder();
    private final Set<String> imports = new TreeSet<>();
    private int rows;

    /** Adds a line {@code depth} levels deeper than the method's own statements. */
    void line(int depth, String line) {
        text.append(INDENT).append("    ".repeat(depth)).append(line).append('\n');
    }

    /** Adds an empty line, as between two changes. */
    void blankLine() {
        text.append('\n');
    }

    /** Notes that the body uses {@code qualifiedName}, and returns its simple name to write. */
    String use(String qualifiedName) {
        imports.add(qualifiedName);
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** A local variable name for a row of a bulk insert, distinct from the others of this body. */
    String newRowName() {
        return "row" + ++rows;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }

    Set<String> imports() {
        return imports;
    }
}
