package io.loquent.core.internal.diff;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Migration.createTable(...)} for a {@link CreateTable}. The DSL records the primary key first, then each
 * column's own unique constraint and foreign key in column order, then the table-level constraints in the order
 * they are declared; so the constraints that can go on a column spec are the longest leading run in that order,
 * and the rest are declared on the table.
 */
final class TableSource {
    private final CreateTable op;
    private final ConventionNames names;
    private final TableConstraint.PrimaryKey primaryKey;
    private final Map<String, TableConstraint.Unique> columnUniques = new HashMap<>();
    private final Map<String, TableConstraint.ForeignKey> columnKeys = new HashMap<>();
    private final List<TableConstraint> tableLevel = new ArrayList<>();

    TableSource(CreateTable op, ConventionNames names) {
        this.op = op;
        this.names = names;
        List<TableConstraint> constraints = op.constraints();
        this.primaryKey = !constraints.isEmpty() && constraints.get(0) instanceof TableConstraint.PrimaryKey pk
                ? pk : null;
        List<TableConstraint> rest = constraints.subList(primaryKey == null ? 0 : 1, constraints.size());
        for (TableConstraint c : rest) {
            if (c instanceof TableConstraint.PrimaryKey) {
                throw new DefinitionException("its primary key '" + c.name() + "' follows other constraints, and"
                        + " createTable records the primary key first. Put the primary key first");
            }
        }
        splitColumnForms(rest);
    }

    private void splitColumnForms(List<TableConstraint> rest) {
        List<String> columns = op.columns().stream().map(Column::name).toList();
        int last = -1;
        for (TableConstraint c : rest) {
            int position = tableLevel.isEmpty() ? columnPosition(c, columns) : -1;
            if (position <= last) {
                tableLevel.add(c);
                continue;
            }
            last = position;
            if (c instanceof TableConstraint.Unique u) {
                columnUniques.put(u.columns().get(0), u);
            } else {
                columnKeys.put(((TableConstraint.ForeignKey) c).columns().get(0), (TableConstraint.ForeignKey) c);
            }
        }
    }

    /** Where {@code c} falls in the DSL's order of column-declared constraints, or -1 if no column declares it. */
    private int columnPosition(TableConstraint c, List<String> columns) {
        if (c instanceof TableConstraint.Unique u && names.isColumnUnique(op.table(), u.columns().get(0), u)) {
            int column = columns.indexOf(u.columns().get(0));
            return column < 0 ? -1 : 2 * column;
        }
        if (c instanceof TableConstraint.ForeignKey k && names.isColumnForeignKey(op.table(), k.columns().get(0), k)) {
            int column = columns.indexOf(k.columns().get(0));
            return column < 0 ? -1 : 2 * column + 1;
        }
        return -1;
    }

    void write(Body body) {
        body.line(0, "Migration." + (op.ifNotExists() ? "createTableIfNotExists(" : "createTable(")
                + Literals.string(op.table()) + ", t -> {");
        List<String> key = primaryKey == null ? List.of() : primaryKey.columns();
        boolean keyOnColumn = primaryKey != null && key.size() == 1 && names.isPrimaryKey(op.table(), primaryKey);
        for (String column : key) {
            if (op.columns().stream().noneMatch(c -> c.name().equals(column))) {
                throw new DefinitionException("its primary key names column '" + column + "', which the table does"
                        + " not have. Name only the table's columns");
            }
        }
        for (Column column : op.columns()) {
            body.line(1, "t.column(" + Literals.string(column.name()) + ", "
                    + SpecSource.spec(column, form(column, key, keyOnColumn), body) + ");");
        }
        if (primaryKey != null && !keyOnColumn) {
            body.line(1, names.isPrimaryKey(op.table(), primaryKey)
                    ? "t.primaryKey(" + Literals.strings(key) + ");"
                    : "t.primaryKeyNamed(" + Literals.string(primaryKey.name()) + ", " + Literals.strings(key) + ");");
        }
        tableLevel.forEach(c -> body.line(1, tableConstraint(c, body)));
        if (op.comment() != null) {
            body.line(1, "t.comment(" + Literals.string(op.comment()) + ");");
        }
        body.line(0, "});");
    }

    /** A key column is NOT NULL, and the only one, if an integer, auto-increments unless its spec says not. */
    private SpecSource.Form form(Column column, List<String> key, boolean keyOnColumn) {
        boolean inKey = key.contains(column.name());
        return new SpecSource.Form(keyOnColumn && inKey, inKey, inKey && key.size() == 1
                && column.type().kind().isInteger(), columnUniques.containsKey(column.name()),
                columnKeys.get(column.name()));
    }

    private String tableConstraint(TableConstraint c, Body body) {
        if (c instanceof TableConstraint.Unique u && u.deferral() != null) {
            return "t.uniqueNamed(" + Literals.string(u.name()) + ", " + Literals.deferral(u.deferral(), body) + ", "
                    + Literals.strings(u.columns()) + ");";
        }
        if (c instanceof TableConstraint.Unique u) {
            return names.isUnique(op.table(), u) ? "t.unique(" + Literals.strings(u.columns()) + ");"
                    : "t.uniqueNamed(" + Literals.string(u.name()) + ", " + Literals.strings(u.columns()) + ");";
        }
        if (c instanceof TableConstraint.Check check) {
            return names.checkArgument(op.table(), check)
                    .map(a -> "t.check(" + Literals.string(a) + ", " + Literals.string(check.condition()) + ");")
                    .orElse("t.checkNamed(" + Literals.string(check.name()) + ", "
                            + Literals.string(check.condition()) + ");");
        }
        TableConstraint.ForeignKey k = (TableConstraint.ForeignKey) c;
        return "t.foreignKey(" + ForeignKeySource.tableArguments(k, body) + ");";
    }
}
