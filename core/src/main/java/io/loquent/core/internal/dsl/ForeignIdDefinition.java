package io.loquent.core.internal.dsl;

import io.loquent.api.ColumnSpec;
import io.loquent.api.DefinitionException;
import io.loquent.api.ForeignIdColumn;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The chain after {@code t.foreignId(column)}: each call rewrites the column's spec in its table, so the table ends
 * up holding the spec that the long form declares ({@code bigInteger().nullable(false).foreignKey("users.id")...}).
 */
final class ForeignIdDefinition implements ForeignIdColumn {
    private final String table;
    private final String column;
    private final Respec respec;
    private boolean nullable;
    private boolean constrained;

    /** Replaces the spec of a column already added to the table. */
    interface Respec {
        void apply(String column, UnaryOperator<ColumnSpec> change);
    }

    ForeignIdDefinition(String table, String column, Respec respec) {
        this.table = table;
        this.column = column;
        this.respec = respec;
    }

    @Override
    public ForeignIdColumn nullable() {
        nullable = true;
        respec.apply(column, spec -> spec.nullable(true));
        return this;
    }

    @Override
    public ForeignIdColumn constrained() {
        return constrained(guessTable(), "id");
    }

    @Override
    public ForeignIdColumn constrained(String referencedTable) {
        return constrained(referencedTable, "id");
    }

    @Override
    public ForeignIdColumn constrained(String referencedTable, String referencedColumn) {
        if (constrained) {
            throw new DefinitionException(where() + " is constrained twice. Call constrained(..) once");
        }
        constrained = true;
        respec.apply(column, spec -> spec.foreignKey(referencedTable + "." + referencedColumn));
        return this;
    }

    @Override
    public ForeignIdColumn cascadeOnDelete() {
        return onDelete("cascadeOnDelete()", "CASCADE");
    }

    @Override
    public ForeignIdColumn nullOnDelete() {
        if (!nullable) {
            throw new DefinitionException(where() + " sets NULL on delete but is NOT NULL. Call nullable() before"
                    + " nullOnDelete()");
        }
        return onDelete("nullOnDelete()", "SET NULL");
    }

    @Override
    public ForeignIdColumn restrictOnDelete() {
        return onDelete("restrictOnDelete()", "RESTRICT");
    }

    @Override
    public ForeignIdColumn cascadeOnUpdate() {
        requireConstrained("cascadeOnUpdate()");
        respec.apply(column, spec -> spec.onUpdate("CASCADE"));
        return this;
    }

    private ForeignIdColumn onDelete(String call, String action) {
        requireConstrained(call);
        respec.apply(column, spec -> spec.onDelete(action));
        return this;
    }

    private void requireConstrained(String call) {
        if (!constrained) {
            throw new DefinitionException(where() + ": " + call + " needs the foreign key first. Call constrained()"
                    + " before it, as in foreignId(\"user_id\").constrained()." + call);
        }
    }

    /** Laravel's guess: the column's name without {@code _id}, made plural. */
    private String guessTable() {
        if (!column.endsWith("_id") || column.length() == 3) {
            throw new DefinitionException(where() + ": constrained() cannot guess the referenced table from a name"
                    + " that does not end in _id. Name the table: constrained(\"users\")");
        }
        return plural(column.substring(0, column.length() - 3));
    }

    /** English plurals by the regular rules (category → categories, box → boxes, user → users). */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private String where() {
        return "foreignId('" + column + "') of table '" + table + "'";
    }
}
