package io.loquent.core.internal.dsl;

import io.loquent.api.BatchOp;
import io.loquent.api.ColumnChange;
import io.loquent.api.ColumnSpec;
import io.loquent.api.DefinitionException;
import io.loquent.api.IndexSpec;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects the body of {@code batchAlterTable}: each change becomes an operation on the batch's table. */
final class BatchRecorder implements BatchOp {
    private final String table;
    private final Changes changes;
    private final List<Operation> operations = new ArrayList<>();

    BatchRecorder(String table, Changes changes) {
        this.table = table;
        this.changes = changes;
    }

    List<Operation> operations() {
        return operations;
    }

    private BatchOp add(Operation operation) {
        operations.add(operation);
        return this;
    }

    @Override
    public BatchOp addColumn(String column, ColumnSpec spec) {
        return add(changes.addColumn(table, column, spec));
    }

    @Override
    public BatchOp dropColumn(String column) {
        return add(new DropColumn(table, column));
    }

    @Override
    public BatchOp renameColumn(String column, String newName) {
        return add(new RenameColumn(table, column, newName));
    }

    @Override
    public BatchOp alterColumn(String column, Consumer<ColumnChange> change) {
        return add(changes.alterColumn(table, column, change));
    }

    @Override
    public BatchOp createIndex(String name, String... columns) {
        return add(IndexDefinition.plain(name, table, false, columns));
    }

    @Override
    public BatchOp createUniqueIndex(String name, String... columns) {
        return add(IndexDefinition.plain(name, table, true, columns));
    }

    /** A batch runs as one unit (on SQLite one rebuild), so an index in it cannot be built on its own, concurrently. */
    @Override
    public BatchOp createIndex(String name, Consumer<IndexSpec> spec) {
        CreateIndex index = IndexDefinition.of(name, table, spec);
        if (index.concurrently()) {
            throw new DefinitionException("index '" + name + "' in the batch on table '" + table + "' is built"
                    + " concurrently, which a batch cannot do; create it with op.createIndex(...) outside the batch");
        }
        return add(index);
    }

    @Override
    public BatchOp dropIndex(String name) {
        return add(new DropIndex(name, table));
    }

    @Override
    public BatchOp createUniqueConstraint(String name, String... columns) {
        return add(changes.unique(name, table, null, columns));
    }

    @Override
    public BatchOp createForeignKey(String name, String referencedTable, List<String> columns,
                                    List<String> referencedColumns) {
        return add(changes.foreignKey(name, table, referencedTable, columns, referencedColumns, null, null, null));
    }

    @Override
    public BatchOp createCheckConstraint(String name, String condition) {
        return add(changes.check(name, table, condition));
    }

    @Override
    public BatchOp createPrimaryKey(String name, String... columns) {
        return add(changes.primaryKey(name, table, columns));
    }

    @Override
    public BatchOp dropConstraint(String name) {
        return dropConstraint(name, null);
    }

    @Override
    public BatchOp dropConstraint(String name, TableConstraint.Kind kind) {
        return add(new DropConstraint(table, name, kind));
    }
}
