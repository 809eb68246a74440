package io.loquent.dialect.sqlite.internal;

import io.loquent.dialect.sqlite.internal.SqlToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite SQL into tokens, dropping white space and comments. It knows SQLite's four identifier quotings,
 * string and blob literals, numbers and parameters, which is what is needed to find clause boundaries without being
 * fooled by a comma in a string, a parenthesis in a comment or a keyword used as a quoted name.
 */
final class SqlLexer {
    private final String sql;
    private int pos;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /**
     * The tokens of {@code sql}.
     *
     * @throws SqlSyntaxException when a quote or comment is not closed
     */
    static List<SqlToken> tokenize(String sql) {
        return new SqlLexer(sql).all();
    }

    private List<SqlToken> all() {
        List<SqlToken> tokens = new ArrayList<>();
        while (skipSpaceAndComments()) {
            tokens.add(next());
        }
        return tokens;
    }

    /** Moves past white space and comments; false at the end of the text. */
    private boolean skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int eol = sql.indexOf('\n', pos);
                pos = eol < 0 ? sql.length() : eol + 1;
            } else if (sql.startsWith("/*", pos)) {
                int close = sql.indexOf("*/", pos + 2);
                pos = close < 0 ? sql.length() : close + 2; // SQLite accepts an unclosed comment at the end
            } else {
                return true;
            }
        }
        return false;
    }

    private SqlToken next() {
        int start = pos;
        char c = sql.charAt(pos);
        if ((c == 'x' || c == 'X') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'') {
            pos++;
            quoted('\'', '\'');
            return token(Type.BLOB, start);
        }
        switch (c) {
            case '"', '`' -> {
                quoted(c, c);
                return token(Type.QUOTED, start);
            }
            case '[' -> {
                quoted('[', ']');
                return token(Type.QUOTED, start);
            }
            case '\'' -> {
                quoted('\'', '\'');
                return token(Type.STRING, start);
            }
            case '?', ':', '@', '$' -> {
                pos++;
                while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                    pos++;
                }
                return token(Type.VARIABLE, start);
            }
            default -> {
                return unquoted(c, start);
            }
        }
    }

    private SqlToken unquoted(char c, int start) {
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            number(start);
            return token(Type.NUMBER, start);
        }
        if (isWordStart(c)) {
            while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                pos++;
            }
            return token(Type.WORD, start);
        }
        pos += operatorLength();
        return token(Type.PUNCT, start);
    }

    private void number(int start) {
        boolean hex = sql.regionMatches(true, start, "0x", 0, 2);
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            char before = pos > start ? sql.charAt(pos - 1) : c;
            boolean exponentSign = !hex && (c == '+' || c == '-') && (before == 'e' || before == 'E');
            if (isWordChar(c) || c == '.' || exponentSign) {
                pos++;
            } else {
                return;
            }
        }
    }

    private int operatorLength() {
        for (String op : new String[] {"->>", "->", "||", "<=", ">=", "!=", "<>", "==", "<<", ">>"}) {
            if (sql.startsWith(op, pos)) {
                return op.length();
            }
        }
        return 1;
    }

    /** Consumes a quoted run from the opening character; a doubled closing character stands for itself. */
    private void quoted(char open, char close) {
        int start = pos;
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == close) {
                if (open != '[' && pos + 1 < sql.length() && sql.charAt(pos + 1) == close) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            pos++;
        }
        throw new SqlSyntaxException("unclosed " + open + " starting at offset " + start);
    }

    private SqlToken token(Type type, int start) {
        return new SqlToken(type, sql.substring(start, pos), start, pos);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 0x7f;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }
}
