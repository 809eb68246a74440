package io.loquent.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table as its {@code CREATE TABLE} statement defines it: columns, table constraints, and the table options that a
 * rebuild must keep ({@code WITHOUT ROWID}, {@code STRICT}).
 *
 * @param name         the table name
 * @param columns      the columns, in order
 * @param constraints  the table constraints, in order
 * @param withoutRowid whether the table is a {@code WITHOUT ROWID} table
 * @param strict       whether the table is {@code STRICT}
 */
public record TableDefinition(String name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
                              boolean withoutRowid, boolean strict) {
    public TableDefinition {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    /** The {@code CREATE TABLE} statement for this definition under {@code tableName}. */
    public String createSql(String tableName, UnaryOperator<String> quote) {
        List<String> parts = new ArrayList<>();
        columns.forEach(c -> parts.add(c.sql(quote)));
        constraints.forEach(c -> parts.add(c.sql(quote)));
        List<String> options = new ArrayList<>();
        if (withoutRowid) {
            options.add("WITHOUT ROWID");
        }
        if (strict) {
            options.add("STRICT");
        }
        return "CREATE TABLE " + quote.apply(tableName) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + (options.isEmpty() ? "" : " " + String.join(", ", options));
    }

    /**
     * The column that is an alias of the rowid: the single primary-key column declared exactly {@code INTEGER} in an
     * ordinary table (not {@code INTEGER PRIMARY KEY DESC}, a quirk SQLite keeps), or null.
     */
    public String rowidAlias() {
        if (withoutRowid) {
            return null;
        }
        for (ColumnDefinition c : columns) {
            ColumnClause pk = c.clause(ColumnClause.Kind.PRIMARY_KEY);
            if (pk != null) {
                boolean desc = SqlLexer.tokenize(pk.body()).stream().anyMatch(t -> t.isKeyword("DESC"));
                return c.type().equalsIgnoreCase("INTEGER") && !desc ? c.name() : null;
            }
        }
        for (TableConstraintDefinition c : constraints) {
            if (c.kind() == io.loquent.api.schema.TableConstraint.Kind.PRIMARY_KEY && c.columns().size() == 1) {
                String key = c.columns().get(0);
                return columns.stream().filter(col -> col.name().equalsIgnoreCase(key)).findFirst()
                        .filter(col -> col.type().equalsIgnoreCase("INTEGER")).map(ColumnDefinition::name).orElse(null);
            }
        }
        return null;
    }

    /** Whether the table's key says AUTOINCREMENT, so that its counter in {@code sqlite_sequence} matters. */
    public boolean autoincrement() {
        return columns.stream().flatMap(c -> c.clauses().stream())
                .filter(c -> c.kind() == ColumnClause.Kind.PRIMARY_KEY).anyMatch(c -> hasAutoincrement(c.body()))
                || constraints.stream().filter(c -> c.kind() == io.loquent.api.schema.TableConstraint.Kind.PRIMARY_KEY)
                .anyMatch(c -> hasAutoincrement(c.body()));
    }

    private static boolean hasAutoincrement(String sql) {
        return SqlLexer.tokenize(sql).stream().anyMatch(t -> t.isKeyword("AUTOINCREMENT"));
    }
}
