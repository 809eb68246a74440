package io.loquent.core.internal.diff;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renaming inside a schema model: every name through one function (a database's folding of unquoted names), or one
 * table or column renamed together with everything that names it, as the database does on a rename.
 */
public final class SchemaNames {
    private SchemaNames() {
    }

    /** {@code schema} with every identifier passed through {@code name}. */
    static Schema map(Schema schema, UnaryOperator<String> name) {
        return new Schema(schema.tables().stream().map(t -> map(t, name, name)).toList(),
                schema.sequences().stream().map(s -> new Sequence(name.apply(s.name()), s.start(), s.increment()))
                        .toList(), schema.views().stream().map(v -> new View(name.apply(v.name()), v.definition())).toList());
    }

    /** {@code schema} with table {@code from} called {@code to}, and foreign keys that reference it following. */
    public static Schema renameTable(Schema schema, String from, String to) {
        UnaryOperator<String> table = n -> n.equals(from) ? to : n;
        return new Schema(schema.tables().stream().map(t -> new Table(table.apply(t.name()), t.columns(),
                t.constraints().stream().map(c -> referencing(c, table)).toList(), t.indexes(), t.comment()))
                .toList(), schema.sequences(), schema.views());
    }

    /** {@code schema} with column {@code from} of {@code table} called {@code to}, wherever it is named. */
    public static Schema renameColumn(Schema schema, String table, String from, String to) {
        UnaryOperator<String> column = n -> n.equals(from) ? to : n;
        return new Schema(schema.tables().stream().map(t -> {
            Table renamed = t.name().equals(table) ? map(t, UnaryOperator.identity(), column) : t;
            return new Table(renamed.name(), renamed.columns(), renamed.constraints().stream()
                    .map(c -> c instanceof TableConstraint.ForeignKey fk && fk.referencedTable().equals(table)
                            ? new TableConstraint.ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                            fk.referencedColumns().stream().map(column).toList(), fk.onDelete(), fk.onUpdate(),
                            fk.deferral()) : c).toList(), renamed.indexes(), renamed.comment());
        }).toList(), schema.sequences(), schema.views());
    }

    /** {@code table} with its own name and constraint/index names through {@code name}, columns through {@code column}. */
    private static Table map(Table table, UnaryOperator<String> name, UnaryOperator<String> column) {
        List<Column> columns = table.columns().stream().map(c -> c.withName(column.apply(c.name()))).toList();
        List<TableConstraint> constraints = table.constraints().stream().<TableConstraint>map(c -> switch (c.kind()) {
            case PRIMARY_KEY -> new TableConstraint.PrimaryKey(name.apply(c.name()),
                    ((TableConstraint.PrimaryKey) c).columns().stream().map(column).toList());
            case UNIQUE -> new TableConstraint.Unique(name.apply(c.name()),
                    ((TableConstraint.Unique) c).columns().stream().map(column).toList(),
                    ((TableConstraint.Unique) c).deferral());
            case FOREIGN_KEY -> {
                TableConstraint.ForeignKey fk = (TableConstraint.ForeignKey) c;
                // Referenced columns belong to the referenced table: a column rename reaches them in renameColumn.
                yield new TableConstraint.ForeignKey(name.apply(fk.name()), fk.columns().stream().map(column).toList(),
                        name.apply(fk.referencedTable()), fk.referencedColumns().stream().map(name).toList(),
                        fk.onDelete(), fk.onUpdate(), fk.deferral());
            }
            case CHECK -> new TableConstraint.Check(name.apply(c.name()), ((TableConstraint.Check) c).condition());
        }).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(name.apply(i.name()), i.keys().stream()
                .map(k -> k.column() == null ? k : new IndexKey(column.apply(k.column()), null, k.length())).toList(),
                i.unique(), i.where(), i.method(), i.include().stream().map(column).toList())).toList();
        return new Table(name.apply(table.name()), columns, constraints, indexes, table.comment());
    }

    private static TableConstraint referencing(TableConstraint c, UnaryOperator<String> table) {
        return c instanceof TableConstraint.ForeignKey fk ? new TableConstraint.ForeignKey(fk.name(), fk.columns(),
                table.apply(fk.referencedTable()), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferral())
                : c;
    }
}
