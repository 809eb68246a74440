package io.loquent.dialect.sqlite.internal;

import java.util.Locale;

/**
 * One token of SQLite SQL and where it lies in the source, so that a parser can cut the original text of a clause out
 * unchanged (collations, conflict clauses, comments inside expressions and all).
 *
 * @param type  what kind of token it is
 * @param text  the token exactly as written
 * @param start the offset of its first character
 * @param end   the offset just after its last character
 */
record SqlToken(Type type, String text, int start, int end) {

    /** The kinds of token the rebuild needs to tell apart. */
    public enum Type {
        /** A bare word: a keyword or an unquoted identifier. */
        WORD,
        /** An identifier in {@code "…"}, {@code `…`} or {@code […]}. */
        QUOTED,
        /** A string literal {@code '…'}, which SQLite also accepts as a name in some places. */
        STRING,
        /** A blob literal {@code X'…'}. */
        BLOB,
        /** A numeric literal. */
        NUMBER,
        /** A bound parameter such as {@code ?1} or {@code :name}. */
        VARIABLE,
        /** Punctuation or an operator. */
        PUNCT
    }

    /** Whether this is the bare keyword {@code keyword}, in any case. */
    public boolean isKeyword(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the punctuation {@code symbol}. */
    public boolean is(String symbol) {
        return type == Type.PUNCT && text.equals(symbol);
    }

    /** Whether this token can stand for a name: a word, a quoted identifier or a string. */
    public boolean isName() {
        return type == Type.WORD || type == Type.QUOTED || type == Type.STRING;
    }

    /** The name this token stands for, with its quotes removed and doubled quotes undone. */
    public String value() {
        if (type == Type.WORD || text.length() < 2) {
            return text;
        }
        char open = text.charAt(0);
        String inner = text.substring(1, text.length() - 1);
        return switch (open) {
            case '"' -> inner.replace("\"\"", "\"");
            case '`' -> inner.replace("``", "`");
            case '\'' -> inner.replace("''", "'");
            default -> inner;
        };
    }

    /** {@link #value()} folded the way SQLite compares names (ASCII letters only, as SQLite does). */
    public String key() {
        return key(value());
    }

    /** A name folded the way SQLite compares names. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
