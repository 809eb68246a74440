package io.loquent.core.internal.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Text made safe for {@code //} comments. A line break would end the comment, so the text is split into one comment
 * line per line. javac translates Unicode escapes before it finds comments (JLS 3.3), so the six characters of the
 * escape of a line feed make a line break inside a comment, and a backslash and {@code u} not followed by four hex
 * digits are an error there: a backslash that could start an escape (one after an even number of backslashes, with
 * {@code u} next) is doubled, which javac reads as two backslashes. Other control characters and unpaired surrogates
 * (which UTF-8 cannot encode) become U+FFFD.
 */
final class CommentText {
    private static final char REPLACEMENT = '\uFFFD';

    private CommentText() {
    }

    /** The comment lines for {@code text}, without their {@code //}. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r\\n|[\\r\\n\\u0085\\u2028\\u2029]", -1)) {
            lines.add(safe(line));
        }
        return lines;
    }

    private static String safe(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'u' && backslashes % 2 == 1) {
                out.append('\\');
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c == '\t' ? ' ' : Character.isISOControl(c) || unpaired(line, i) ? REPLACEMENT : c);
        }
        return out.toString();
    }

    private static boolean unpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
