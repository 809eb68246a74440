package io.loquent.core.internal.diff;

import java.util.Set;
import java.util.TreeSet;

/**
 * The source of one method body as it is written: its lines, indented as a method body (or not at all, for
 * statements printed on their own) and four more spaces per nesting level, the types they import, and the names of
 * the local variables already declared in it.
 */
final class Body {
    /** The indentation of a method's statements in a revision file. */
    static final String METHOD = "        ";

    private final String indent;
    private final StringBuilder text = new StringBuilder();
    private final Set<String> imports = new TreeSet<>();
    private int rows;

    /** A body whose statements start {@code indent} in. */
    Body(String indent) {
        this.indent = indent;
    }

    /** Adds a line {@code depth} levels deeper than the method's own statements. */
    void line(int depth, String line) {
        text.append(indent).append("    ".repeat(depth)).append(line).append('\n');
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
