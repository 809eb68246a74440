package io.loquent.jpa;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the schema model as lines of text, every field of every record written out, so that a test states a
 * whole table at a glance and a difference shows as one line.
 */
final class SchemaText {
    private SchemaText() {
    }

    /** The table called {@code name} of {@code schema}: one line per column, constraint and index, in order. */
    static List<String> of(Schema schema, String name) {
        Table table = schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in "
                + schema.tableNames()));
        List<String> lines = new ArrayList<>();
        if (table.comment() != null) {
            lines.add("comment '" + table.comment() + "'");
        }
        table.columns().forEach(c -> lines.add(column(c)));
        table.constraints().forEach(c -> lines.add(constraint(c)));
        table.indexes().forEach(i -> lines.add(index(i)));
        return lines;
    }

    static String column(Column c) {
        return c.name() + " " + c.type() + (c.nullable() ? "" : " not null") + (c.autoIncrement() ? " auto" : "")
                + (c.defaultValue() == null ? "" : " default " + value(c.defaultValue()))
                + (c.comment() == null ? "" : " comment '" + c.comment() + "'");
    }

    private static String value(DefaultValue value) {
        if (value instanceof DefaultValue.Literal literal) {
            return literal.value() + ":" + literal.value().getClass().getSimpleName();
        }
        if (value instanceof DefaultValue.Sql sql) {
            return "sql " + sql.expression();
        }
        return "current_timestamp";
    }

    static String constraint(TableConstraint c) {
        if (c instanceof TableConstraint.PrimaryKey pk) {
            return "pk " + pk.name() + " " + pk.columns();
        }
        if (c instanceof TableConstraint.Unique u) {
            return "unique " + u.name() + " " + u.columns();
        }
        if (c instanceof TableConstraint.ForeignKey fk) {
            return "fk " + fk.name() + " " + fk.columns() + " -> " + fk.referencedTable() + " " + fk.referencedColumns()
                    + (fk.onDelete() == null ? "" : " on delete " + fk.onDelete().sql())
                    + (fk.onUpdate() == null ? "" : " on update " + fk.onUpdate().sql());
        }
        TableConstraint.Check check = (TableConstraint.Check) c;
        return "check " + check.name() + " " + check.condition();
    }

    static String index(Index i) {
        return (i.unique() ? "unique index " : "index ") + i.name() + " " + i.columns();
    }
}
