package io.loquent.core.internal.dsl;

import io.loquent.api.DefinitionException;
import io.loquent.api.ColumnSpec;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/** Turns a script's {@link ColumnSpec} into a {@link Column} and the named constraints it declares. */
final class Columns {
    private Columns() {
    }

    /**
     * The column for {@code spec}. {@code solePrimaryKey} says whether it is the table's only key column, which makes
     * an integer key auto-increment unless the spec says otherwise.
     */
    static Column column(String name, ColumnSpec spec, boolean solePrimaryKey) {
        boolean autoIncrement = spec.explicitAutoIncrement()
                .orElse(solePrimaryKey && spec.type().kind().isInteger() && spec.generated().isEmpty());
        boolean nullable = !spec.isPrimaryKey() && spec.explicitNullable().orElse(true);
        if (spec.isPrimaryKey() && spec.explicitNullable().orElse(false)) {
            throw new DefinitionException("column '" + name + "' is part of the primary key and cannot be nullable");
        }
        return new Column(name, spec.type(), nullable, autoIncrement, spec.defaultValue().orElse(null),
                spec.comment().orElse(null), spec.identity().orElse(null), spec.generated().orElse(null));
    }

    /** The unique and foreign-key constraints declared on a column's spec, named by the convention. */
    static List<TableConstraint> constraints(String table, String column, ColumnSpec spec, NamingConvention naming) {
        List<TableConstraint> constraints = new ArrayList<>(2);
        if (spec.isUnique()) {
            constraints.add(new TableConstraint.Unique(naming.uniqueName(table, List.of(column)), List.of(column)));
        }
        spec.foreignKey().ifPresent(ref -> {
            int dot = ref.lastIndexOf('.');
            String refTable = ref.substring(0, dot);
            constraints.add(new TableConstraint.ForeignKey(naming.foreignKeyName(table, List.of(column), refTable),
                    List.of(column), refTable, List.of(ref.substring(dot + 1)), spec.onDelete().orElse(null),
                    spec.onUpdate().orElse(null)));
        });
        if (spec.foreignKey().isEmpty() && (spec.onDelete().isPresent() || spec.onUpdate().isPresent())) {
            throw new DefinitionException("column '" + table + "." + column
                    + "' sets onDelete/onUpdate without foreignKey(\"table.column\")");
        }
        return constraints;
    }
}
