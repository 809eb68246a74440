package io.loquent.dialect.sqlite.internal;

import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A column of a {@code CREATE TABLE} statement: its name, its declared type as written (empty when it has none), and
 * its clauses in order. Changing the type, nullability or default replaces only that part, so everything else
 * (collation, conflict clauses, AUTOINCREMENT, generated expressions) is carried over as written.
 *
 * @param name    the column name
 * @param type    the declared type, exactly as written; may be empty
 * @param clauses the column's constraints, in order
 */
public record ColumnDefinition(String name, String type, List<ColumnClause> clauses) {
    public ColumnDefinition {
        clauses = List.copyOf(clauses);
    }

    /** The column as SQL. */
    public String sql(UnaryOperator<String> quote) {
        StringBuilder sql = new StringBuilder(quote.apply(name));
        if (!type.isEmpty()) {
            sql.append(' ').append(type);
        }
        for (ColumnClause clause : clauses) {
            sql.append(' ').append(clause.sql(quote));
        }
        return sql.toString();
    }

    /** The first clause of {@code kind}, or null. */
    public ColumnClause clause(Kind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    /** Whether the column has a clause of {@code kind}. */
    public boolean has(Kind kind) {
        return clause(kind) != null;
    }

    /** Whether the column is computed ({@code GENERATED ALWAYS AS}), so that no value can be copied into it. */
    public boolean generated() {
        return has(Kind.GENERATED);
    }

    public ColumnDefinition withType(String newType) {
        return new ColumnDefinition(name, newType, clauses);
    }

    /** This column without its clauses of the given kinds. */
    public ColumnDefinition without(Kind... kinds) {
        List<ColumnClause> kept = new ArrayList<>(clauses);
        kept.removeIf(c -> List.of(kinds).contains(c.kind()));
        return new ColumnDefinition(name, type, kept);
    }

    /** This column without one particular clause. */
    public ColumnDefinition without(ColumnClause clause) {
        List<ColumnClause> kept = new ArrayList<>(clauses);
        kept.remove(clause);
        return new ColumnDefinition(name, type, kept);
    }

    /** This column with {@code clause} added after the others. */
    public ColumnDefinition with(ColumnClause clause) {
        List<ColumnClause> all = new ArrayList<>(clauses);
        all.add(clause);
        return new ColumnDefinition(name, type, all);
    }
}
