package io.loquent.jpa.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a {@code columnDefinition}: words, numbers, quoted strings and single punctuation characters, each
 * with its place in the text, so that a default expression can be kept exactly as written.
 */
final class DefinitionTokens {
    /** One token: its text (a quoted string keeps its quotes) and where it starts and ends in the definition. */
    record Token(String text, int start, int end) {
        boolean isWord(String word) {
            return text.equalsIgnoreCase(word);
        }

        boolean isWord() {
            return Character.isLetter(text.charAt(0)) || text.charAt(0) == '_';
        }

        boolean isNumber() {
            char first = text.charAt(0);
            return Character.isDigit(first) || ((first == '-' || first == '+' || first == '.') && text.length() > 1);
        }

        boolean isString() {
            return text.charAt(0) == '\'';
        }
    }

    private DefinitionTokens() {
    }

    /** The tokens of {@code text}; an unterminated string runs to the end. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (Character.isLetter(c) || c == '_') {
                end = scan(text, i, true);
            } else if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1)))) {
                end = scan(text, i + 1, false);
            } else if (c == '\'') {
                end = string(text, i);
            } else {
                end = i + 1;
            }
            tokens.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    private static int scan(String text, int from, boolean word) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean part = word ? Character.isLetterOrDigit(c) || c == '_' || c == '$' : Character.isDigit(c) || c == '.';
            if (!part) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int string(String text, int from) {
        int i = from + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
