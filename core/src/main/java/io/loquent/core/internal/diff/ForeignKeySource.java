package io.loquent.core.internal.diff;

import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;

/** The arguments that declare a foreign key by name, in {@code createTable} and in {@code op.createForeignKey}. */
final class ForeignKeySource {
    private ForeignKeySource() {
    }

    /** For {@code t.foreignKey(name, referencedTable, columns, referencedColumns[, onDelete, onUpdate])}. */
    static String tableArguments(TableConstraint.ForeignKey key, Body body) {
        String arguments = Literals.string(key.name()) + ", " + target(key, body);
        if (key.deferral() != null) {
            return arguments + ", " + action(key.onDelete()) + ", " + action(key.onUpdate()) + ", "
                    + Literals.deferral(key.deferral(), body);
        }
        return key.onDelete() == null && key.onUpdate() == null ? arguments
                : arguments + ", " + action(key.onDelete()) + ", " + action(key.onUpdate());
    }

    /** For {@code op.createForeignKey(name, table, referencedTable, columns, referencedColumns[, onDelete[, onUpdate]])}. */
    static String operationArguments(String table, TableConstraint.ForeignKey key, Body body) {
        String arguments = Literals.string(key.name()) + ", " + Literals.string(table) + ", " + target(key, body);
        if (key.deferral() != null) {
            return arguments + ", " + action(key.onDelete()) + ", " + action(key.onUpdate()) + ", "
                    + Literals.deferral(key.deferral(), body);
        }
        if (key.onUpdate() != null) {
            return arguments + ", " + action(key.onDelete()) + ", " + action(key.onUpdate());
        }
        return key.onDelete() == null ? arguments : arguments + ", " + action(key.onDelete());
    }

    private static String target(TableConstraint.ForeignKey key, Body body) {
        return Literals.string(key.referencedTable()) + ", " + Literals.list(key.columns(), body) + ", "
                + Literals.list(key.referencedColumns(), body);
    }

    private static String action(ReferentialAction action) {
        return action == null ? "null" : Literals.string(action.sql());
    }
}
