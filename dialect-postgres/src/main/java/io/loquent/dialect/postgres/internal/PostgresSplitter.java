package io.loquent.dialect.postgres.internal;

import io.loquent.api.dialect.StatementSplitter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script as {@code psql} does: besides standard SQL, a dollar-quoted body ({@code $$ … $$},
 * {@code $fn$ … $fn$}) is one element whatever it holds, a block comment may nest, and {@code E'…'} reads a
 * backslash as an escape.
 */
public final class PostgresSplitter extends StatementSplitter {
    /** The tag of a dollar quote: {@code $$} or {@code $name$}, a name not starting with a digit. */
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_\\u0080-\\uFFFF][A-Za-z0-9_\\u0080-\\uFFFF]*)?\\$");

    @Override
    protected int skip(String script, int i) {
        char c = script.charAt(i);
        if (c == '$' && !partOfWord(script, i)) {
            Matcher tag = DOLLAR_TAG.matcher(script).region(i, script.length());
            if (tag.lookingAt()) {
                int close = script.indexOf(tag.group(), tag.end());
                return close < 0 ? script.length() : close + tag.group().length();
            }
        }
        if ((c == 'E' || c == 'e') && script.startsWith("'", i + 1) && !partOfWord(script, i)) {
            return quoted(script, i + 1, '\'', true);
        }
        if (script.startsWith("/*", i)) {
            return nestedCommentEnd(script, i);
        }
        return super.skip(script, i);
    }

    /** Whether the character before {@code i} continues a word ({@code a$b$} and {@code name'} are no quotes). */
    private static boolean partOfWord(String script, int i) {
        return i > 0 && (Character.isLetterOrDigit(script.charAt(i - 1)) || script.charAt(i - 1) == '_'
                || script.charAt(i - 1) == '$');
    }

    private static int nestedCommentEnd(String script, int i) {
        int depth = 0;
        int j = i;
        while (j < script.length()) {
            if (script.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (script.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return script.length();
    }
}
