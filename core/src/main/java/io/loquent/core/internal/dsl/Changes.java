package io.loquent.core.internal.dsl;

import io.loquent.api.DefinitionException;
import io.loquent.api.ColumnChange;
import io.loquent.api.ColumnSpec;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.function.Consumer;

/** The operations that {@link OperationRecorder} and {@link BatchRecorder} both build, written once. */
final class Changes {
    private final NamingConvention naming;

    Changes(NamingConvention naming) {
        this.naming = naming;
    }

    AddColumn addColumn(String table, String column, ColumnSpec spec) {
        if (spec == null) {
            throw new DefinitionException("addColumn '" + table + "." + column + "' needs a type, such as integer()");
        }
        List<TableConstraint> constraints = new java.util.ArrayList<>(Columns.constraints(table, column, spec, naming));
        if (spec.isPrimaryKey()) {
            constraints.add(0, new TableConstraint.PrimaryKey(naming.primaryKeyName(table), List.of(column)));
        }
        return new AddColumn(table, Columns.column(column, spec, false), constraints, spec.position().orElse(null));
    }

    AlterColumn alterColumn(String table, String column, Consumer<ColumnChange> change) {
        ColumnChangeBuilder builder = new ColumnChangeBuilder();
        change.accept(builder);
        return builder.build(table, column);
    }

    AddConstraint unique(String name, String table, TableConstraint.Deferral deferral, String... columns) {
        List<String> cols = List.of(columns);
        return new AddConstraint(table, new TableConstraint.Unique(
                name != null ? name : naming.uniqueName(table, cols), cols, deferral));
    }

    AddConstraint foreignKey(String name, String table, String referencedTable, List<String> columns,
                             List<String> referencedColumns, String onDelete, String onUpdate,
                             TableConstraint.Deferral deferral) {
        return new AddConstraint(table, foreignKey(naming, name, table, referencedTable, columns, referencedColumns,
                onDelete, onUpdate).deferred(deferral));
    }

    /** A foreign key named {@code name}, or by the convention when it is null; null actions are the database's. */
    static TableConstraint.ForeignKey foreignKey(NamingConvention naming, String name, String table,
                                                 String referencedTable, List<String> columns,
                                                 List<String> referencedColumns, String onDelete, String onUpdate) {
        return new TableConstraint.ForeignKey(name != null ? name : naming.foreignKeyName(table, columns,
                referencedTable), columns, referencedTable, referencedColumns, action(onDelete), action(onUpdate));
    }

    private static ReferentialAction action(String text) {
        return text == null ? null : ReferentialAction.parse(text);
    }

    AddConstraint check(String name, String table, String condition) {
        if (name == null) {
            throw new DefinitionException("createCheckConstraint on '" + table
                    + "' needs a name: the convention ck_%table_%name is built from it");
        }
        return new AddConstraint(table, new TableConstraint.Check(naming.checkName(table, name), condition));
    }

    AddConstraint checkNamed(String name, String table, String condition) {
        return new AddConstraint(table, new TableConstraint.Check(name, condition));
    }

    AddConstraint primaryKey(String name, String table, String... columns) {
        return new AddConstraint(table, new TableConstraint.PrimaryKey(
                name != null ? name : naming.primaryKeyName(table), List.of(columns)));
    }
}
