package io.loquent.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@code PRAGMA index_xinfo} does not give of an index from its {@code CREATE INDEX} text in
 * {@code sqlite_master}: the text of each key (an expression key's expression) and the WHERE condition of a partial
 * index, following https://www.sqlite.org/lang_createindex.html.
 */
final class CreateIndexParser {
    private CreateIndexParser() {
    }

    /**
     * An index's keys and condition as written.
     *
     * @param keys  each key's text without its COLLATE and ASC/DESC, in order
     * @param where the condition of a partial index, or null
     */
    record Parsed(List<String> keys, String where) {
    }

    /**
     * The keys and condition of {@code sql}.
     *
     * @throws SqlSyntaxException when the text is not a {@code CREATE INDEX} statement
     */
    static Parsed parse(String sql) {
        TokenCursor in = new TokenCursor(sql);
        in.expectKeyword("CREATE");
        in.acceptKeyword("UNIQUE");
        in.expectKeyword("INDEX");
        if (in.acceptKeyword("IF")) {
            in.expectKeyword("NOT");
            in.expectKeyword("EXISTS");
        }
        in.name();
        if (in.accept(".")) {
            in.name();
        }
        in.expectKeyword("ON");
        in.name();
        List<String> keys = new ArrayList<>();
        for (List<SqlToken> item : TokenCursor.splitTopLevel(in.balanced())) {
            keys.add(keyText(sql, item));
        }
        String where = null;
        if (in.acceptKeyword("WHERE")) {
            int start = in.peek().start();
            while (!in.atEnd() && !in.peekIs(";")) {
                in.next();
            }
            where = in.textFrom(start);
        }
        return new Parsed(keys, where);
    }

    /** The item's text up to its trailing {@code COLLATE name} and {@code ASC}/{@code DESC}. */
    private static String keyText(String sql, List<SqlToken> item) {
        int end = item.size();
        if (end > 1 && (item.get(end - 1).isKeyword("ASC") || item.get(end - 1).isKeyword("DESC"))) {
            end--;
        }
        if (end > 2 && item.get(end - 2).isKeyword("COLLATE")) {
            end -= 2;
        }
        if (end == 0) {
            throw new SqlSyntaxException("an index key is empty in " + sql);
        }
        return sql.substring(item.get(0).start(), item.get(end - 1).end());
    }
}
