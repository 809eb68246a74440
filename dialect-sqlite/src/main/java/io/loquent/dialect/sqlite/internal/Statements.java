package io.loquent.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script of several SQLite statements into its statements. The SQLite JDBC driver runs only the first
 * statement of a text and ignores the rest without a word, so {@code op.execute("CREATE …; INSERT …")} must become
 * one statement each. The split follows {@link SqlLexer}'s tokens, so a semicolon in a string, a quoted name or a
 * comment never splits; inside {@code CREATE TRIGGER} it splits only at the {@code ; END ;} that closes the body, as
 * {@code sqlite3_complete} does (a {@code CASE … END} inside the body follows no semicolon).
 */
public final class Statements {
    private Statements() {
    }

    /**
     * The statements of {@code sql} without their terminating semicolons, comments before each kept with it. Text
     * the lexer cannot read (an unclosed quote) is returned whole, for SQLite to report.
     */
    public static List<String> split(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(sql);
        } catch (SqlSyntaxException e) {
            return List.of(sql);
        }
        List<String> statements = new ArrayList<>();
        int from = 0;
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (!token.is(";") || isTrigger(tokens, first) && !closesTriggerBody(tokens, first, i)) {
                continue;
            }
            if (i > first) {
                statements.add(sql.substring(from, token.start()).strip());
            }
            from = token.end();
            first = i + 1;
        }
        if (first < tokens.size()) {
            statements.add(sql.substring(from).strip());
        }
        return statements;
    }

    /** Whether the statement starting at token {@code first} is {@code CREATE [TEMP|TEMPORARY] TRIGGER}. */
    private static boolean isTrigger(List<SqlToken> tokens, int first) {
        int i = first;
        if (i >= tokens.size() || !tokens.get(i).isKeyword("create")) {
            return false;
        }
        i++;
        if (i < tokens.size() && (tokens.get(i).isKeyword("temp") || tokens.get(i).isKeyword("temporary"))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).isKeyword("trigger");
    }

    /** Whether the semicolon at {@code semicolon} follows {@code ; END}, closing the trigger body. */
    private static boolean closesTriggerBody(List<SqlToken> tokens, int first, int semicolon) {
        return semicolon - 2 >= first && tokens.get(semicolon - 1).isKeyword("end")
                && tokens.get(semicolon - 2).is(";");
    }
}
