package io.loquent.dialect.sqlite.internal;

import io.loquent.dialect.sqlite.internal.SqlToken.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names an SQL expression or statement uses, found through its tokens, so that a name inside a string literal or
 * a comment never counts. It over-approximates (a keyword or a column of another table with the same name counts
 * too), which is why callers use it only to refuse or to take the careful path, never to drop anything.
 */
final class ExpressionNames {
    private ExpressionNames() {
    }

    /** The folded names used in {@code sql}: words and quoted identifiers that are not function names. */
    static Set<String> in(String sql) {
        Set<String> names = new LinkedHashSet<>();
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        for (int i = 0; i < tokens.size(); i++) {
            if (isName(tokens, i)) {
                names.add(tokens.get(i).key());
            }
        }
        return names;
    }

    /** Whether {@code sql} uses the name {@code name}; true when the text cannot be read, to stay on the safe side. */
    static boolean mentions(String sql, String name) {
        try {
            return in(sql).contains(SqlToken.key(name));
        } catch (SqlSyntaxException e) {
            return true;
        }
    }

    /**
     * {@code sql} with each column name found in {@code renames} (by folded name) replaced by its new name, quoted.
     * Qualifiers ({@code t} in {@code t.c}) and function names are left alone.
     */
    static String rename(String sql, Map<String, String> renames, UnaryOperator<String> quote) {
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            String target = renames.get(t.key());
            boolean qualifier = i + 1 < tokens.size() && tokens.get(i + 1).is(".");
            if (target != null && isName(tokens, i) && !qualifier) {
                out.append(sql, copied, t.start()).append(quote.apply(target));
                copied = t.end();
            }
        }
        return out.append(sql.substring(copied)).toString();
    }

    private static boolean isName(List<SqlToken> tokens, int i) {
        SqlToken t = tokens.get(i);
        boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
        return (t.type() == Type.WORD || t.type() == Type.QUOTED) && !call;
    }
}
