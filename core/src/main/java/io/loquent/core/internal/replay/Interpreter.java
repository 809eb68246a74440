package io.loquent.core.internal.replay;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.OperationVisitor;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.internal.diff.SchemaNames;
import java.util.List;

/**
 * One operation applied to a schema, as the database would apply it: the visit returns the new schema, or refuses
 * with a {@link ReplayException} where the database would fail. Raw SQL ({@link ExecuteSql}) leaves the schema as it
 * is; {@link Replay} records that it ran. Foreign keys follow a renamed table or column; a table another table's
 * foreign key references cannot be dropped (the dialects render {@code DROP TABLE} without {@code CASCADE}).
 * Column rules are in {@link ColumnOperations}, the constraint and index rules in {@link KeyOperations}.
 */
public final class Interpreter extends SchemaLookup implements OperationVisitor<Schema> {
    /** @param revision the revision being replayed, named in refusals; null when not known */
    public Interpreter(Schema schema, String revision) {
        this(schema, revision, false);
    }

    private final boolean placesColumns;

    /**
     * @param revision      the revision being replayed, named in refusals; null when not known
     * @param placesColumns whether the database puts an added column where {@code first()}/{@code after(c)} say
     *                      ({@link io.loquent.api.dialect.Dialect#placesColumns()}); else it is appended
     */
    public Interpreter(Schema schema, String revision, boolean placesColumns) {
        super(schema, revision);
        this.placesColumns = placesColumns;
    }

    /** {@code schema} after {@code operation}, an added column appended whatever its position. */
    public static Schema apply(Schema schema, Operation operation, String revision) {
        return apply(schema, operation, revision, false);
    }

    /** {@code schema} after {@code operation}, an added column placed where the database would place it. */
    public static Schema apply(Schema schema, Operation operation, String revision, boolean placesColumns) {
        return operation.accept(new Interpreter(schema, revision, placesColumns));
    }

    @Override
    public Schema createTable(CreateTable op) {
        if (schema.table(op.table()).isPresent()) {
            if (op.ifNotExists()) {
                return schema;
            }
            throw refuse("createTable", op.table(), "table already exists");
        }
        Table table = defined("createTable", op.table(),
                () -> new Table(op.table(), op.columns(), op.constraints(), List.of(), op.comment()));
        op.constraints().forEach(c -> requireReferenced("createTable", op.table(), c, table));
        return schema.withTable(table);
    }

    @Override
    public Schema dropTable(DropTable op) {
        if (op.ifExists() && schema.table(op.table()).isEmpty()) {
            return schema;
        }
        table("dropTable", op.table(), op.table());
        referencedBy(op.table()).ifPresent(r -> {
            throw refuse("dropTable", op.table(), r.describe() + " references it; drop that first");
        });
        return schema.withoutTable(op.table());
    }

    @Override
    public Schema renameTable(RenameTable op) {
        table("renameTable", op.table(), op.table());
        String renamed = op.renamedTable(); // a rename stays in the table's schema
        if (schema.table(renamed).isPresent()) {
            throw refuse("renameTable", op.table(), "table " + renamed + " already exists");
        }
        return SchemaNames.renameTable(schema, op.table(), renamed);
    }

    @Override
    public Schema addColumn(AddColumn op) {
        return new ColumnOperations(schema, revision, placesColumns).add(op);
    }

    @Override
    public Schema dropColumn(DropColumn op) {
        return new ColumnOperations(schema, revision).drop(op);
    }

    @Override
    public Schema renameColumn(RenameColumn op) {
        return new ColumnOperations(schema, revision).rename(op);
    }

    @Override
    public Schema alterColumn(AlterColumn op) {
        return new ColumnOperations(schema, revision).alter(op);
    }

    @Override
    public Schema createIndex(CreateIndex op) {
        return new KeyOperations(schema, revision).createIndex(op);
    }

    @Override
    public Schema dropIndex(DropIndex op) {
        return new KeyOperations(schema, revision).dropIndex(op);
    }

    @Override
    public Schema addConstraint(AddConstraint op) {
        return new KeyOperations(schema, revision).add(op);
    }

    @Override
    public Schema dropConstraint(DropConstraint op) {
        return new KeyOperations(schema, revision).drop(op);
    }

    @Override
    public Schema executeSql(ExecuteSql op) {
        return schema;
    }

    @Override
    public Schema bulkInsert(BulkInsert op) {
        Table table = table("bulkInsert", op.table(), op.table());
        op.rows().forEach(row -> row.keySet().forEach(column -> {
            if (table.column(column).isEmpty()) {
                throw refuse("bulkInsert", op.table(), "no such column " + column);
            }
        }));
        return schema;
    }

    @Override
    public Schema batchAlterTable(BatchAlterTable op) {
        table("batchAlterTable", op.table(), op.table());
        Schema result = schema;
        for (Operation inner : op.operations()) {
            result = apply(result, inner, revision, placesColumns);
        }
        return result;
    }

    @Override
    public Schema createSequence(CreateSequence op) {
        if (schema.sequence(op.sequence().name()).isPresent()) {
            throw refuse("createSequence", op.sequence().name(), "sequence already exists");
        }
        return schema.withSequence(op.sequence());
    }

    @Override
    public Schema dropSequence(DropSequence op) {
        if (schema.sequence(op.name()).isEmpty()) {
            if (op.ifExists()) {
                return schema;
            }
            throw refuse("dropSequence", op.name(), "no such sequence");
        }
        return schema.withoutSequence(op.name());
    }

    /**
     * A view joins the schema; its query is not checked against the tables (the database does that), nor does a
     * view keep a table from being dropped or altered here, since databases differ in that (PostgreSQL refuses,
     * MySQL and SQLite let the view break).
     */
    @Override
    public Schema createView(CreateView op) {
        String name = op.view().name();
        if (!op.replace() && schema.view(name).isPresent()) {
            throw refuse("createView", name, "view already exists; createOrReplaceView replaces it");
        }
        if (schema.table(name).isPresent()) {
            throw refuse("createView", name, "a table of that name exists");
        }
        return schema.withView(op.view());
    }

    @Override
    public Schema dropView(DropView op) {
        if (schema.view(op.name()).isEmpty()) {
            if (op.ifExists()) {
                return schema;
            }
            throw refuse("dropView", op.name(), "no such view; dropViewIfExists drops it only if it exists");
        }
        return schema.withoutView(op.name());
    }

    @Override
    public Schema setTableComment(SetTableComment op) {
        return schema.withTable(table("setTableComment", op.table(), op.table()).withComment(op.comment()));
    }
}
