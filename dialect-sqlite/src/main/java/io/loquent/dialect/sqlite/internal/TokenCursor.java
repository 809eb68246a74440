package io.loquent.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/** A position in a token list with the few moves a recursive-descent parser needs. */
final class TokenCursor {
    private final String source;
    private final List<SqlToken> tokens;
    private int index;

    TokenCursor(String source) {
        this.source = source;
        this.tokens = SqlLexer.tokenize(source);
    }

    boolean atEnd() {
        return index >= tokens.size();
    }

    /** The token {@code ahead} places on, or null past the end. */
    SqlToken peek(int ahead) {
        return index + ahead < tokens.size() ? tokens.get(index + ahead) : null;
    }

    SqlToken peek() {
        return peek(0);
    }

    boolean peekKeyword(String keyword) {
        return !atEnd() && peek().isKeyword(keyword);
    }

    boolean peekIs(String symbol) {
        return !atEnd() && peek().is(symbol);
    }

    SqlToken next() {
        if (atEnd()) {
            throw error("unexpected end");
        }
        return tokens.get(index++);
    }

    boolean acceptKeyword(String keyword) {
        if (peekKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    boolean accept(String symbol) {
        if (peekIs(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw error("expected " + keyword);
        }
    }

    void expect(String symbol) {
        if (!accept(symbol)) {
            throw error("expected '" + symbol + "'");
        }
    }

    /** Consumes a name (a word, a quoted identifier or a string) and returns it unquoted. */
    String name() {
        if (atEnd() || !peek().isName()) {
            throw error("expected a name");
        }
        return next().value();
    }

    /** Consumes {@code ( … )} with everything nested in it and returns the tokens between the outer parentheses. */
    List<SqlToken> balanced() {
        expect("(");
        List<SqlToken> inner = new ArrayList<>();
        int depth = 1;
        while (true) {
            SqlToken t = next();
            if (t.is("(")) {
                depth++;
            } else if (t.is(")") && --depth == 0) {
                return inner;
            }
            inner.add(t);
        }
    }

    /** The end offset of the last token consumed. */
    int lastEnd() {
        return tokens.get(index - 1).end();
    }

    /** The source text from {@code start} to the end of the last token consumed. */
    String textFrom(int start) {
        return source.substring(start, lastEnd());
    }

    SqlSyntaxException error(String what) {
        String where = atEnd() ? "at the end" : "at offset " + peek().start() + " ('" + peek().text() + "')";
        return new SqlSyntaxException(what + " " + where);
    }

    /** Splits tokens at the commas that are not inside parentheses. */
    static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens) {
        List<List<SqlToken>> items = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        for (SqlToken t : tokens) {
            if (t.is(",") && depth == 0) {
                items.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            current.add(t);
        }
        items.add(current);
        return items;
    }
}
