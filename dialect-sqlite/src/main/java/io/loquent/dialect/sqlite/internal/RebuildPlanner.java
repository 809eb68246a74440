package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.OperationVisitor;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import io.loquent.dialect.sqlite.internal.ColumnNames.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a batch of changes, in order, to a {@link TableDraft} of the table as it is now. Column changes, new
 * columns and constraint changes edit the draft; index changes edit the list of indexes to recreate; renames are
 * recorded and left to SQLite's {@code RENAME COLUMN} after the rebuild. Anything that is not a change to this table
 * is refused.
 */
final class RebuildPlanner implements OperationVisitor<Void> {
    private final TableDraft draft;
    private final ConstraintChanges constraintChanges;

    private RebuildPlanner(TableDraft draft) {
        this.draft = draft;
        this.constraintChanges = new ConstraintChanges(draft);
    }

    /** The draft after {@code changes}, checked so that no object or row is lost. */
    static TableDraft apply(TableSnapshot snapshot, List<Operation> changes, SqlWords words) {
        TableDraft draft = new TableDraft(snapshot, words);
        RebuildPlanner planner = new RebuildPlanner(draft);
        for (Operation change : changes) {
            change.accept(planner);
        }
        DraftChecks.verify(draft);
        return draft;
    }

    private void requireThisTable(Operation op, String table) {
        if (!table.equalsIgnoreCase(draft.table())) {
            throw refuse(op);
        }
    }

    private NotSupportedException refuse(Operation op) {
        return new NotSupportedException("sqlite",
                op.describe() + " as part of a rebuild of table '" + draft.table() + "'",
                "a batch on a table can only change that table's columns, constraints and indexes;"
                        + " run this operation outside batchAlterTable");
    }

    @Override
    public Void addColumn(AddColumn op) {
        requireThisTable(op, op.table());
        Column column = op.column();
        Slot slot = draft.names.add(column.name());
        boolean key = op.constraints().stream().anyMatch(c -> c instanceof TableConstraint.PrimaryKey);
        IdentityOptions.refuse(column);
        if (column.autoIncrement() && !key) {
            throw new NotSupportedException("sqlite", "auto-increment column '" + column.name() + "'",
                    "only a table's single INTEGER primary-key column auto-increments in SQLite");
        }
        ColumnType type = column.autoIncrement() ? ColumnType.of(ColumnType.Kind.INTEGER) : column.type();
        List<ColumnClause> clauses = new ArrayList<>();
        if (column.generated() != null) {
            clauses.add(new ColumnClause(Kind.GENERATED, null, AnsiRenderer.generationSql(column.generated())));
        }
        if (column.defaultValue() != null) {
            String value = draft.words.defaultValue(column.defaultValue());
            clauses.add(new ColumnClause(Kind.DEFAULT, null, "DEFAULT " + value));
        }
        if (!column.nullable()) {
            clauses.add(new ColumnClause(Kind.NOT_NULL, null, "NOT NULL"));
            if (column.defaultValue() == null && column.generated() == null && !key) {
                draft.rowChecks.add(new RowCheck.EmptyTable("cannot add column '" + draft.table() + "." + column.name()
                        + "' as NOT NULL without a default"));
            }
        }
        if (type.kind() == ColumnType.Kind.ENUM) {
            clauses.add(EnumChecks.clause(slot.rebuild, type, draft.quote(), draft.words::literal));
        }
        draft.columns.add(new ColumnDefinition(slot.rebuild, draft.typeSql(type), clauses));
        op.constraints().forEach(constraintChanges::add);
        return null;
    }

    @Override
    public Void dropColumn(DropColumn op) {
        requireThisTable(op, op.table());
        Slot slot = draft.names.resolve(op.column());
        if (draft.names.live().size() == 1) {
            throw new LoquentException("cannot drop column '" + draft.table() + "." + op.column() + "': it is the"
                    + " table's only column, and a table needs one. Drop the table instead");
        }
        draft.names.drop(slot);
        draft.remove(slot.rebuild);
        return null;
    }

    @Override
    public Void renameColumn(RenameColumn op) {
        requireThisTable(op, op.table());
        draft.names.rename(draft.names.resolve(op.column()), op.newName());
        return null;
    }

    @Override
    public Void alterColumn(AlterColumn op) {
        requireThisTable(op, op.table());
        Slot slot = draft.names.resolve(op.column());
        ColumnDefinition before = draft.column(slot.rebuild);
        ColumnDefinition after = before;
        if (op.newType() != null) {
            after = EnumChecks.without(after).withType(draft.typeSql(op.newType()));
            if (op.newType().kind() == ColumnType.Kind.ENUM) {
                after = after.with(EnumChecks.clause(after.name(), op.newType(), draft.quote(), draft.words::literal));
            }
        }
        if (Boolean.FALSE.equals(op.nullable()) && !after.has(Kind.NOT_NULL)) {
            after = after.without(Kind.NULL).with(new ColumnClause(Kind.NOT_NULL, null, "NOT NULL"));
            if (slot.source != null) {
                draft.rowChecks.add(new RowCheck.NotNull("cannot make column '" + draft.table() + "." + slot.current
                        + "' NOT NULL", slot.source));
            }
        } else if (Boolean.TRUE.equals(op.nullable())) {
            after = after.without(Kind.NOT_NULL);
        }
        if (op.defaultChange() != null) {
            after = after.without(Kind.DEFAULT);
            if (op.defaultChange().value() != null) {
                after = after.with(new ColumnClause(Kind.DEFAULT, null,
                        "DEFAULT " + draft.words.defaultValue(op.defaultChange().value())));
            }
        }
        draft.replace(before, after);
        if (op.newName() != null) {
            draft.names.rename(slot, op.newName());
        }
        return null;
    }

    @Override
    public Void createIndex(CreateIndex op) {
        requireThisTable(op, op.table());
        boolean taken = draft.indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(op.name()))
                || draft.newIndexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(op.name()));
        if (taken) {
            throw new LoquentException("index '" + op.name() + "' already exists on table '" + draft.table()
                    + "': drop it first, or choose another name");
        }
        if (!op.index().plain()) {
            throw new NotSupportedException("sqlite", op.describe() + " as part of a rebuild of table '"
                    + draft.table() + "'", "an index on expressions or with a WHERE clause is not restated by a"
                    + " rebuild; create it with op.createIndex(...) after the batch");
        }
        List<String> columns = op.columns().stream().map(draft.names::rebuildName).toList();
        draft.newIndexes.add(new NewIndex(op.name(), op.unique(), columns));
        return null;
    }

    @Override
    public Void dropIndex(DropIndex op) {
        requireThisTable(op, op.table());
        boolean dropped = draft.indexes.removeIf(i -> i.name().equalsIgnoreCase(op.name()))
                | draft.newIndexes.removeIf(i -> i.name().equalsIgnoreCase(op.name()));
        if (!dropped) {
            throw new LoquentException("index '" + op.name() + "' does not exist on table '" + draft.table() + "'"
                    + (op.name().startsWith("sqlite_autoindex_") ? ": it belongs to a PRIMARY KEY or UNIQUE"
                    + " constraint; drop the constraint instead" : "; its indexes are "
                    + draft.indexes.stream().map(IndexInfo::name).toList()));
        }
        return null;
    }

    @Override
    public Void addConstraint(AddConstraint op) {
        requireThisTable(op, op.table());
        constraintChanges.add(op.constraint());
        return null;
    }

    @Override
    public Void dropConstraint(DropConstraint op) {
        requireThisTable(op, op.table());
        constraintChanges.drop(op.name(), op.kind());
        return null;
    }

    @Override
    public Void createTable(CreateTable op) {
        throw refuse(op);
    }

    @Override
    public Void dropTable(DropTable op) {
        throw refuse(op);
    }

    @Override
    public Void renameTable(RenameTable op) {
        throw refuse(op);
    }

    @Override
    public Void executeSql(ExecuteSql op) {
        throw refuse(op);
    }

    @Override
    public Void bulkInsert(BulkInsert op) {
        throw refuse(op);
    }

    @Override
    public Void batchAlterTable(BatchAlterTable op) {
        throw refuse(op);
    }

    @Override
    public Void createSequence(CreateSequence op) {
        throw refuse(op);
    }

    @Override
    public Void dropSequence(DropSequence op) {
        throw refuse(op);
    }

    @Override
    public Void createView(CreateView op) {
        throw refuse(op);
    }

    @Override
    public Void dropView(DropView op) {
        throw refuse(op);
    }

    @Override
    public Void setTableComment(SetTableComment op) {
        throw refuse(op);
    }
}
