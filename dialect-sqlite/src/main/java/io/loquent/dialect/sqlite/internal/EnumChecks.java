package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enumeration in SQLite: a TEXT column with the column clause {@code CHECK ("c" IN ('a', 'b'))}, which SQLite
 * enforces on every write. Reflection reads such a clause on its own column back as the enumeration's values
 * rather than as a check constraint, so the column compares equal to {@code enumeration(name, "a", "b")}.
 */
public final class EnumChecks {
    private static final Pattern IN_LIST = Pattern.compile(
            "(?is)\\s*(\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*]|[A-Za-z_][A-Za-z_0-9$]*)\\s+IN\\s*\\((.*)\\)\\s*");
    private static final Pattern VALUE = Pattern.compile("\\s*'((?:[^']|'')*)'\\s*(,|$)");

    private EnumChecks() {
    }

    /** The column clause that keeps column {@code column} to the values of {@code type}. */
    public static ColumnClause clause(String column, ColumnType type, UnaryOperator<String> quote,
                                      Function<Object, String> literal) {
        return new ColumnClause(ColumnClause.Kind.CHECK, null, "CHECK (" + quote.apply(column) + " IN ("
                + String.join(", ", type.values().stream().map(literal).toList()) + "))");
    }

    /** The values {@code clause} keeps column {@code column} to, or null when it is not such a check. */
    static List<String> values(String column, ColumnClause clause) {
        if (clause.kind() != ColumnClause.Kind.CHECK || clause.name() != null) {
            return null;
        }
        Matcher m = IN_LIST.matcher(CreateTableParser.checkCondition(clause.body()));
        if (!m.matches() || !SqlToken.key(unquote(m.group(1))).equals(SqlToken.key(column))) {
            return null;
        }
        List<String> values = new ArrayList<>();
        Matcher v = VALUE.matcher(m.group(2));
        int at = 0;
        while (at < m.group(2).length()) {
            if (!v.find(at) || v.start() != at) {
                return null;
            }
            values.add(v.group(1).replace("''", "'"));
            at = v.end();
        }
        return values.isEmpty() || values.size() != values.stream().distinct().count() ? null : values;
    }

    /** {@code definition} without its enumeration check. */
    static ColumnDefinition without(ColumnDefinition definition) {
        List<ColumnClause> kept = new ArrayList<>(definition.clauses());
        kept.removeIf(c -> values(definition.name(), c) != null);
        return new ColumnDefinition(definition.name(), definition.type(), kept);
    }

    private static String unquote(String identifier) {
        char first = identifier.charAt(0);
        if (first == '"' || first == '`') {
            String inner = identifier.substring(1, identifier.length() - 1);
            return inner.replace(String.valueOf(first) + first, String.valueOf(first));
        }
        return first == '[' ? identifier.substring(1, identifier.length() - 1) : identifier;
    }
}
