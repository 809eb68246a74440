package io.loquent.dialect.sqlite.internal;

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
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an operation needs a table rebuild on SQLite, or null when its ALTER TABLE does it natively: RENAME TABLE,
 * RENAME COLUMN (3.25+), ADD COLUMN with a constant default and at most a foreign key, and DROP COLUMN (3.35+) of a
 * column that no key, index, check, generated column or foreign key uses. Without a snapshot (a table the offline
 * script cannot know) a DROP COLUMN is taken as native and SQLite itself refuses it if it cannot.
 */
public final class RebuildNeeds implements OperationVisitor<String> {
    private final TableSnapshot snapshot;

    private RebuildNeeds(TableSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The reason {@code op} needs a rebuild, or null; {@code snapshot} is null when the table cannot be known. */
    public static String of(Operation op, TableSnapshot snapshot) {
        return op.accept(new RebuildNeeds(snapshot));
    }

    @Override
    public String alterColumn(AlterColumn op) {
        List<String> what = new ArrayList<>();
        if (op.newType() != null) {
            what.add("type");
        }
        if (op.nullable() != null) {
            what.add("nullability");
        }
        if (op.defaultChange() != null) {
            what.add("default");
        }
        return what.isEmpty() ? null : op.describe() + " (" + String.join(", ", what) + ")";
    }

    @Override
    public String addColumn(AddColumn op) {
        for (TableConstraint c : op.constraints()) {
            if (!(c instanceof TableConstraint.ForeignKey)) {
                String kind = c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                return op.describe() + " (with " + kind + " '" + c.name() + "')";
            }
        }
        DefaultValue value = op.column().defaultValue();
        if (value != null && !(value instanceof DefaultValue.Literal)) {
            return op.describe() + " (a default that is not a constant)";
        }
        if (op.column().generated() != null && op.column().generated().stored()) {
            return op.describe() + " (stored generated, which ALTER TABLE ADD COLUMN cannot add)";
        }
        if (!op.column().nullable() && value == null && op.column().generated() == null) {
            return op.describe() + " (NOT NULL without a default)";
        }
        return op.column().autoIncrement() ? op.describe() + " (auto-incrementing)" : null;
    }

    @Override
    public String dropColumn(DropColumn op) {
        if (snapshot == null) {
            return null;
        }
        if (!snapshot.session().atLeast(3, 35)) {
            return op.describe() + " (SQLite " + snapshot.session().version() + " has no DROP COLUMN)";
        }
        String user = ColumnUsers.first(snapshot, op.column());
        return user == null ? null : op.describe() + " (" + user + " uses it)";
    }

    @Override
    public String addConstraint(AddConstraint op) {
        return op.describe();
    }

    @Override
    public String dropConstraint(DropConstraint op) {
        return op.describe();
    }

    @Override
    public String renameColumn(RenameColumn op) {
        return null;
    }

    @Override
    public String renameTable(RenameTable op) {
        return null;
    }

    @Override
    public String createIndex(CreateIndex op) {
        return null;
    }

    @Override
    public String dropIndex(DropIndex op) {
        return null;
    }

    @Override
    public String createTable(CreateTable op) {
        return null;
    }

    @Override
    public String dropTable(DropTable op) {
        return null;
    }

    @Override
    public String executeSql(ExecuteSql op) {
        return null;
    }

    @Override
    public String bulkInsert(BulkInsert op) {
        return null;
    }

    @Override
    public String batchAlterTable(BatchAlterTable op) {
        return null;
    }

    @Override
    public String createSequence(CreateSequence op) {
        return null;
    }

    @Override
    public String dropSequence(DropSequence op) {
        return null;
    }

    @Override
    public String createView(CreateView op) {
        return null;
    }

    @Override
    public String dropView(DropView op) {
        return null;
    }

    @Override
    public String setTableComment(SetTableComment op) {
        return null;
    }

    /** What in a table uses a column, in the ways that keep SQLite's DROP COLUMN from working. */
    static final class ColumnUsers {
        private ColumnUsers() {
        }

        /** The first such user, described, or null. */
        static String first(TableSnapshot snapshot, String column) {
            TableDefinition table = snapshot.definition();
            for (ColumnDefinition c : table.columns()) {
                boolean self = c.name().equalsIgnoreCase(column);
                for (ColumnClause clause : c.clauses()) {
                    boolean key = clause.kind() == Kind.PRIMARY_KEY || clause.kind() == Kind.UNIQUE
                            || clause.kind() == Kind.REFERENCES;
                    boolean expression = clause.kind() == Kind.CHECK || clause.kind() == Kind.GENERATED;
                    if ((self && key) || (!self && expression && ExpressionNames.mentions(clause.body(), column))) {
                        return "its column clause " + clause.body();
                    }
                }
            }
            for (TableConstraintDefinition c : table.constraints()) {
                boolean listed = c.columns().stream().anyMatch(column::equalsIgnoreCase);
                if (listed || (c.kind() == TableConstraint.Kind.CHECK && ExpressionNames.mentions(c.body(), column))) {
                    return c.describe();
                }
            }
            for (IndexInfo index : snapshot.indexes()) {
                String keys = index.sql().substring(Math.max(0, index.sql().indexOf('(')));
                boolean listed = index.columns().stream().anyMatch(column::equalsIgnoreCase);
                if (listed || ExpressionNames.mentions(keys, column)) {
                    return "index '" + index.name() + "'";
                }
            }
            for (ChildKey child : snapshot.children()) {
                if (child.referenced().stream().anyMatch(column::equalsIgnoreCase)) {
                    return child.describe();
                }
            }
            return null;
        }
    }
}
