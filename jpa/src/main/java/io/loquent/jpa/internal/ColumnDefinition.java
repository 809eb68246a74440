package io.loquent.jpa.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.jpa.internal.DefinitionTokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a JPA {@code columnDefinition} says: its leading SQL type as a portable type, and the clauses Loquent compares
 * ({@code NOT NULL}, {@code UNIQUE}, {@code DEFAULT x}, {@code AUTO_INCREMENT}). Other clauses ({@code COLLATE},
 * {@code CHECK}, ...) are not part of the column model and are left out.
 *
 * @param type          the portable type
 * @param notNull       whether the definition says NOT NULL
 * @param unique        whether it says UNIQUE
 * @param autoIncrement whether the type or a clause makes the database assign values (SERIAL, AUTO_INCREMENT)
 * @param defaultValue  its default, or null
 */
record ColumnDefinition(ColumnType type, boolean notNull, boolean unique, boolean autoIncrement,
                        DefaultValue defaultValue) {
    /** Words that end a default expression: the start of the next clause. */
    private static final Set<String> CLAUSES = Set.of("NOT", "NULL", "UNIQUE", "PRIMARY", "CHECK", "REFERENCES",
            "COLLATE", "CONSTRAINT", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "ON", "COMMENT");

    /** The definition {@code text} describes, or empty when its type has no portable kind. */
    static Optional<ColumnDefinition> parse(String text) {
        List<Token> tokens = DefinitionTokens.of(text);
        Optional<SqlTypes.Parsed> parsed = SqlTypes.parse(tokens);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        boolean notNull = false;
        boolean unique = false;
        boolean autoIncrement = parsed.get().serial();
        DefaultValue defaultValue = null;
        int i = parsed.get().next();
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.isWord("NOT") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("NULL")) {
                notNull = true;
                i += 2;
            } else if (token.isWord("DEFAULT")) {
                int end = expressionEnd(tokens, i + 1);
                defaultValue = end > i + 1 ? value(text.substring(tokens.get(i + 1).start(), tokens.get(end - 1).end()))
                        : null;
                i = Math.max(end, i + 1);
            } else {
                unique |= token.isWord("UNIQUE");
                autoIncrement |= token.isWord("AUTO_INCREMENT") || token.isWord("AUTOINCREMENT");
                i++;
            }
        }
        return Optional.of(new ColumnDefinition(parsed.get().type(), notNull, unique, autoIncrement, defaultValue));
    }

    /** The index after a default expression that starts at {@code from}: at the next clause, outside parentheses. */
    private static int expressionEnd(List<Token> tokens, int from) {
        if (from < tokens.size() && tokens.get(from).isWord("NULL")) {
            return from + 1; // DEFAULT NULL: no default
        }
        int depth = 0;
        int i = from;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text().equals("(")) {
                depth++;
            } else if (token.text().equals(")")) {
                depth--;
            } else if (depth == 0 && token.isWord() && CLAUSES.contains(token.text().toUpperCase(Locale.ROOT))) {
                break;
            }
        }
        return i;
    }

    /** A default as written: a number, a quoted string, TRUE or FALSE, CURRENT_TIMESTAMP, or else SQL. */
    static DefaultValue value(String expression) {
        String text = expression.trim();
        while (text.startsWith("(") && text.endsWith(")") && DefinitionTokens.of(text).size() == 3) {
            text = text.substring(1, text.length() - 1).trim();
        }
        List<Token> tokens = DefinitionTokens.of(text);
        if (tokens.size() == 1 && tokens.get(0).isWord("NULL")) {
            return null;
        }
        if (tokens.size() == 1 && tokens.get(0).isNumber()) {
            return new DefaultValue.Literal(number(text));
        }
        if (tokens.size() == 1 && tokens.get(0).isString() && text.endsWith("'") && text.length() > 1) {
            return new DefaultValue.Literal(text.substring(1, text.length() - 1).replace("''", "'"));
        }
        if (tokens.size() == 1 && (tokens.get(0).isWord("TRUE") || tokens.get(0).isWord("FALSE"))) {
            return new DefaultValue.Literal(Boolean.valueOf(text.toLowerCase(Locale.ROOT)));
        }
        if (!tokens.isEmpty() && tokens.get(0).isWord("CURRENT_TIMESTAMP")
                && (tokens.size() == 1 || tokens.get(1).text().equals("("))) {
            return new DefaultValue.CurrentTimestamp();
        }
        return new DefaultValue.Sql(expression.trim());
    }

    private static Object number(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        if (digits.contains(".")) {
            return new java.math.BigDecimal(digits);
        }
        long value = Long.parseLong(digits);
        return value == (int) value ? (Object) (int) value : (Object) value;
    }
}
