package io.loquent.core.internal.replay;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.diff.SchemaNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The column operations. Dropping a column that a key or index still names is refused: PostgreSQL would drop the
 * index or constraint with it, MySQL and MariaDB shrink a multi-column index and refuse a foreign key, and SQLite's
 * native DROP COLUMN refuses them all, so only "drop it first" gives the same schema everywhere. A check constraint's
 * condition is SQL text the model does not parse: a column it names is neither guarded on a drop nor renamed in it.
 */
final class ColumnOperations extends SchemaLookup {
    private final boolean placesColumns;

    ColumnOperations(Schema schema, String revision) {
        this(schema, revision, false);
    }

    /** @param placesColumns whether the database puts an added column where {@code first()}/{@code after(c)} say */
    ColumnOperations(Schema schema, String revision, boolean placesColumns) {
        super(schema, revision);
        this.placesColumns = placesColumns;
    }

    Schema add(AddColumn op) {
        String subject = op.table() + "." + op.column().name();
        Table table = table("addColumn", subject, op.table());
        if (table.column(op.column().name()).isPresent()) {
            throw refuse("addColumn", subject, "column already exists");
        }
        if (op.position() != null && op.position().after() != null && table.column(op.position().after()).isEmpty()) {
            throw refuse("addColumn", subject, "it is to follow column " + op.position().after()
                    + ", which the table does not have");
        }
        List<Column> columns = placesColumns ? placed(table.columns(), op.column(), op.position())
                : append(table.columns(), op.column());
        Table widened = defined("addColumn", subject, () -> {
            Table t = new Table(table.name(), columns, table.constraints(),
                    table.indexes(), table.comment());
            for (TableConstraint c : op.constraints()) {
                if (t.constraint(c.name()).isPresent()) {
                    throw refuse("addColumn", subject, "constraint " + c.name() + " already exists");
                }
                t = t.withConstraint(c);
            }
            return t;
        });
        op.constraints().forEach(c -> requireReferenced("addColumn", subject, c, widened));
        return schema.withTable(widened);
    }

    /** {@code columns} with {@code column} put at {@code position} (at the end for none), as MySQL puts it. */
    private static List<Column> placed(List<Column> columns, Column column, ColumnPosition position) {
        if (position == null) {
            return append(columns, column);
        }
        List<Column> placed = new ArrayList<>(columns);
        int at = position.first() ? 0 : placed.indexOf(columns.stream()
                .filter(c -> c.name().equals(position.after())).findFirst().orElseThrow()) + 1;
        placed.add(at, column);
        return placed;
    }

    Schema drop(DropColumn op) {
        String subject = op.table() + "." + op.column();
        Table table = column("dropColumn", subject, op.table(), op.column());
        if (table.columns().size() == 1) {
            throw refuse("dropColumn", subject, "it is the table's only column; drop the table instead");
        }
        for (TableConstraint c : table.constraints()) {
            if (!(c instanceof TableConstraint.Check) && named(c).contains(op.column())) {
                throw refuse("dropColumn", subject, kind(c.kind()) + " " + c.name() + " still names it; drop it first");
            }
        }
        for (Index index : table.indexes()) {
            if (index.columns().contains(op.column()) || index.include().contains(op.column())) {
                throw refuse("dropColumn", subject, "index " + index.name() + " still names it; drop it first");
            }
        }
        for (Table other : schema.tables()) {
            for (TableConstraint.ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(op.table()) && fk.referencedColumns().contains(op.column())) {
                    throw refuse("dropColumn", subject, "foreign key " + fk.name() + " of table " + other.name()
                            + " references it; drop it first");
                }
            }
        }
        return schema.withTable(table.withoutColumn(op.column()));
    }

    Schema rename(RenameColumn op) {
        return renamed("renameColumn", op.table(), op.column(), op.newName(), schema);
    }

    Schema alter(AlterColumn op) {
        String subject = op.table() + "." + op.column();
        Table table = column("alterColumn", subject, op.table(), op.column());
        Column c = table.column(op.column()).orElseThrow();
        boolean nullable = op.nullable() == null ? c.nullable() : op.nullable();
        if (nullable && !c.nullable()) {
            table.primaryKey().filter(pk -> pk.columns().contains(op.column())).ifPresent(pk -> {
                throw refuse("alterColumn", subject, "primary key " + pk.name()
                        + " names it, so it cannot be nullable");
            });
        }
        if (c.generated() != null && op.defaultChange() != null && op.defaultChange().value() != null) {
            throw refuse("alterColumn", subject, "it is generated (" + c.generated() + "), so it takes no default");
        }
        Column altered = c.withType(op.newType() == null ? c.type() : op.newType()).withNullable(nullable)
                .withDefault(op.defaultChange() == null ? c.defaultValue() : op.defaultChange().value())
                .withComment(op.comment() == null ? c.comment() : op.comment().isEmpty() ? null : op.comment());
        Schema changed = schema.withTable(table.withColumn(altered));
        return op.newName() == null ? changed : renamed("alterColumn", op.table(), op.column(), op.newName(), changed);
    }

    private Schema renamed(String operation, String tableName, String from, String to, Schema in) {
        String subject = tableName + "." + from;
        Table table = new ColumnOperations(in, revision).column(operation, subject, tableName, from);
        if (table.column(to).isPresent()) {
            throw refuse(operation, subject, "column " + to + " already exists");
        }
        return SchemaNames.renameColumn(in, tableName, from, to);
    }

    /** The table {@code table}, refused unless it has column {@code column}. */
    private Table column(String operation, String subject, String tableName, String column) {
        Table table = table(operation, subject, tableName);
        if (table.column(column).isEmpty()) {
            throw refuse(operation, subject, "no such column");
        }
        return table;
    }

    private static List<String> named(TableConstraint c) {
        if (c instanceof TableConstraint.PrimaryKey pk) {
            return pk.columns();
        }
        if (c instanceof TableConstraint.Unique u) {
            return u.columns();
        }
        return c instanceof TableConstraint.ForeignKey fk ? fk.columns() : List.of();
    }
}
