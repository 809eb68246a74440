package io.loquent.dialect.mysql.internal;

import io.loquent.api.dialect.StatementSplitter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script as the {@code mysql} and {@code mariadb} shells do: strings may escape a quote with a backslash,
 * names are quoted with back ticks, {@code #} starts a comment as {@code -- } does, and a {@code DELIMITER //} line
 * changes the delimiter until the next one, so that a procedure or trigger body keeps its semicolons.
 */
public final class MySqlSplitter extends StatementSplitter {
    private static final Pattern DELIMITER = Pattern.compile("(?i)DELIMITER\\s+(\\S+)");

    @Override
    protected int skip(String script, int i) {
        char c = script.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(script, i, c, true);
        }
        if (c == '`') {
            return quoted(script, i, '`', false);
        }
        if (isComment(script, i) && !script.startsWith("/*", i)) {
            return lineEnd(script, i);
        }
        if (script.startsWith("--", i)) {
            return i; // '--' without a space after it is two minus signs in MySQL
        }
        return super.skip(script, i);
    }

    @Override
    protected boolean isComment(String script, int i) {
        return script.charAt(i) == '#' || script.startsWith("/*", i) || script.startsWith("--", i)
                && (i + 2 == script.length() || Character.isWhitespace(script.charAt(i + 2)));
    }

    @Override
    protected String delimiterDirective(String line) {
        Matcher m = DELIMITER.matcher(line);
        return m.matches() ? m.group(1) : null;
    }
}
