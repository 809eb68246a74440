package io.loquent.dialect.sqlite;

import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import java.util.List;

/**
 * SQLite's statements. What ALTER TABLE can do natively (rename a table or column, add or drop a column) is
 * rendered directly; changing a column's definition or a table's constraints needs a table rebuild.
 */
final class SqliteRenderer extends AnsiRenderer {
    /** Shown wherever SQLite needs the move-and-copy rebuild, which Loquent does not perform yet. */
    static final String REBUILD_ADVICE = "SQLite's ALTER TABLE cannot do this and needs a table rebuild, which Loquent"
            + " does not perform yet (issue #5, 'Table rebuilds for SQLite'). Until then, rebuild the table with"
            + " op.execute(...) following https://www.sqlite.org/lang_altertable.html#otheralter";

    SqliteRenderer(SqliteDialect dialect, RenderContext context) {
        super(dialect, context);
    }

    /** An integer auto-increment key must be declared INTEGER to become SQLite's rowid alias. */
    @Override
    protected String columnDefinition(Column column, List<TableConstraint> tableConstraints) {
        if (column.autoIncrement()) {
            if (!isSolePrimaryKey(column.name(), tableConstraints)) {
                throw new NotSupportedException("sqlite", "auto-increment column '" + column.name() + "'",
                        "only a table's single INTEGER primary-key column auto-increments in SQLite");
            }
            Column asInteger = new Column(column.name(), ColumnType.of(ColumnType.Kind.INTEGER), column.nullable(),
                    true, column.defaultValue(), column.comment());
            return super.columnDefinition(asInteger, tableConstraints);
        }
        return super.columnDefinition(column, tableConstraints);
    }

    private static boolean isSolePrimaryKey(String column, List<TableConstraint> constraints) {
        return constraints.stream().anyMatch(c -> c instanceof TableConstraint.PrimaryKey pk
                && pk.columns().equals(List.of(column)));
    }

    /** The rowid alias needs no keyword (AUTOINCREMENT would only forbid reusing the ids of deleted rows). */
    @Override
    protected String autoIncrementClause() {
        return "";
    }

    /** SQLite keeps no comments; like Alembic, Loquent leaves them out rather than fail. */
    @Override
    protected List<String> comments(CreateTable op) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(String table, String column, String comment) {
        return List.of();
    }

    /**
     * ADD COLUMN with its foreign key inline (SQLite allows a named REFERENCES clause there); a unique or primary-key
     * constraint on a new column needs a rebuild.
     */
    @Override
    public List<String> addColumn(AddColumn op) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(q(op.table())).append(" ADD COLUMN ")
                .append(columnDefinition(op.column(), List.of()));
        for (TableConstraint constraint : op.constraints()) {
            if (!(constraint instanceof TableConstraint.ForeignKey fk)) {
                throw new NotSupportedException("sqlite", op.describe() + " with " + constraint.kind()
                        .name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " constraint '"
                        + constraint.name() + "'", REBUILD_ADVICE);
            }
            sql.append(" CONSTRAINT ").append(q(fk.name())).append(" REFERENCES ").append(q(fk.referencedTable()))
                    .append(" (").append(qList(fk.referencedColumns())).append(')')
                    .append(fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().sql())
                    .append(fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate().sql());
        }
        return List.of(sql.toString());
    }

    /** Only a rename is native; the rest of a column's definition needs a rebuild. */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        if (op.newType() != null || op.nullable() != null || op.defaultChange() != null) {
            throw new NotSupportedException("sqlite", op.describe() + " (type, nullability or default)", REBUILD_ADVICE);
        }
        return op.newName() == null ? List.of() : renameColumn(new RenameColumn(op.table(), op.column(), op.newName()));
    }

    @Override
    public List<String> addConstraint(AddConstraint op) {
        throw new NotSupportedException("sqlite", op.describe(), REBUILD_ADVICE);
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        throw new NotSupportedException("sqlite", op.describe(), REBUILD_ADVICE);
    }

    @Override
    public List<String> batchAlterTable(BatchAlterTable op) {
        if (op.recreate() == BatchAlterTable.Recreate.ALWAYS) {
            throw new NotSupportedException("sqlite", op.describe() + " with recreate ALWAYS", REBUILD_ADVICE);
        }
        return super.batchAlterTable(op);
    }
}
