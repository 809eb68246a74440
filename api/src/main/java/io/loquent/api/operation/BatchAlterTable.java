package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Names;
import java.util.List;

/**
 * Several changes to one table, applied together: native ALTER statements where the database can, one table rebuild
 * where it cannot (SQLite).
 *
 * @param recreate   when the table may be rebuilt
 * @param operations the changes, each on {@code table}
 */
public record BatchAlterTable(String table, Recreate recreate, List<Operation> operations) implements Operation {

    /** When a batch may rebuild the table instead of altering it. */
    public enum Recreate {
        /** Rebuild only when the dialect cannot make a change natively. */
        AUTO,
        /** Always rebuild. */
        ALWAYS,
        /** Never rebuild: fail when a change needs it. */
        NEVER
    }

    public BatchAlterTable {
        Names.requireTable(table, "a table");
        recreate = recreate == null ? Recreate.AUTO : recreate;
        operations = List.copyOf(operations);
        for (Operation op : operations) {
            if (op instanceof BatchAlterTable || op instanceof CreateTable || op instanceof ExecuteSql
                    || op instanceof BulkInsert || op instanceof CreateSequence || op instanceof DropSequence) {
                throw new DefinitionException("batchAlterTable('" + table + "') cannot contain: " + op.describe());
            }
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.batchAlterTable(this);
    }

    @Override
    public String describe() {
        return "batch alter table " + table + " (" + operations.size() + " changes)";
    }
}
