package io.loquent.api.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into its statements at each delimiter ({@code ;}) outside string literals, quoted names and
 * comments, the way a database's shell reads a file. This base knows standard SQL: {@code '…'} with {@code ''} inside,
 * {@code "…"}, {@code --} line comments and {@code /* … *}{@code /} block comments. A dialect whose database reads
 * more (PostgreSQL's dollar quotes, MySQL's backslash escapes and {@code DELIMITER} directive) overrides
 * {@link #skip} and {@link #delimiterDirective}; the loop stays here, once.
 *
 * <p>Statements come back stripped and without their delimiter, comments before each kept with it; a piece holding
 * only comments and white space is no statement and is left out, as the shells leave it out.
 */
public class StatementSplitter {
    /** The standard SQL splitter. */
    public static final StatementSplitter ANSI = new StatementSplitter();

    /** The statements of {@code script}, in order. */
    public final List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        int start = 0;
        boolean content = false;
        int i = 0;
        while (i < script.length()) {
            if (!content && atLineStart(script, i)) {
                int lineEnd = lineEnd(script, i);
                String changed = delimiterDirective(script.substring(i, lineEnd).strip());
                if (changed != null) {
                    delimiter = changed;
                    i = lineEnd;
                    start = i;
                    continue;
                }
            }
            if (script.startsWith(delimiter, i)) {
                add(statements, script.substring(start, i), content);
                i += delimiter.length();
                start = i;
                content = false;
                continue;
            }
            int end = skip(script, i);
            if (end > i) {
                content |= !isComment(script, i);
                i = end;
                continue;
            }
            content |= !Character.isWhitespace(script.charAt(i));
            i++;
        }
        add(statements, script.substring(start), content);
        return statements;
    }

    /**
     * Where a quoted or commented element that starts at {@code i} ends (the index after it), or {@code i} when none
     * starts there. An unclosed element runs to the end of the script, for the database to report.
     */
    protected int skip(String script, int i) {
        char c = script.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(script, i, c, false);
        }
        if (script.startsWith("--", i)) {
            return lineEnd(script, i);
        }
        if (script.startsWith("/*", i)) {
            int end = script.indexOf("*/", i + 2);
            return end < 0 ? script.length() : end + 2;
        }
        return i;
    }

    /** Whether the element at {@code i} (one {@link #skip} found) is a comment rather than a literal. */
    protected boolean isComment(String script, int i) {
        return script.startsWith("--", i) || script.startsWith("/*", i);
    }

    /**
     * The new delimiter when {@code line}, at the start of a statement, is a directive that changes it (MySQL's
     * {@code DELIMITER //}), else null. The standard has none.
     */
    protected String delimiterDirective(String line) {
        return null;
    }

    /**
     * The end of the literal opened by {@code quote} at {@code i}: a doubled quote stays inside, and with
     * {@code backslashEscapes} so does a quote after a backslash.
     */
    protected static int quoted(String script, int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < script.length()) {
            char c = script.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < script.length() && script.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return script.length();
    }

    /** The index of the line break that ends the line holding {@code i}, or the script's length. */
    protected static int lineEnd(String script, int i) {
        int end = script.indexOf('\n', i);
        return end < 0 ? script.length() : end;
    }

    private static boolean atLineStart(String script, int i) {
        int j = i - 1;
        while (j >= 0 && script.charAt(j) != '\n') {
            if (!Character.isWhitespace(script.charAt(j))) {
                return false;
            }
            j--;
        }
        return !Character.isWhitespace(script.charAt(i));
    }

    private static void add(List<String> statements, String piece, boolean content) {
        if (content) {
            statements.add(piece.strip());
        }
    }
}
