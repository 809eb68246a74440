package io.loquent.dialect.postgres.internal;

import static io.loquent.api.dialect.AlterTableClauses.column;
import static io.loquent.api.dialect.AlterTableClauses.constraint;

import io.loquent.api.dialect.AlterTableClauses;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's statements where they differ from standard SQL: ALTER COLUMN changes share one ALTER TABLE, a type
 * change converts the values with {@code USING}, and a batch folds its changes into as few ALTER TABLEs as it can.
 */
public class PostgresRenderer extends AnsiRenderer {

    public PostgresRenderer(AnsiDialect dialect, RenderContext context) {
        super(dialect, context);
    }

    /** One ALTER TABLE with the type, nullability and default clauses; then the comment; then the rename. */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        List<String> statements = new ArrayList<>();
        List<String> clauses = alterColumnClauses(op);
        if (!clauses.isEmpty()) {
            statements.add(alterTable(op.table()) + String.join(", ", clauses));
        }
        statements.addAll(alterColumnComment(op));
        if (op.newName() != null) {
            statements.addAll(renameColumn(new RenameColumn(op.table(), op.column(), op.newName())));
        }
        return statements;
    }

    /**
     * The {@code ALTER COLUMN} clauses of {@code op}, without its comment and rename.
     *
     * <p>A type change casts with {@code USING "c"::type}, so that conversions PostgreSQL does not do implicitly
     * (varchar to integer) still work; except to a string type, where an explicit cast would silently truncate
     * values longer than the new length, while the implicit assignment cast refuses them. When the default changes as well, the old default is dropped first: it would
     * otherwise be cast to the new type, which fails when it does not fit ({@code 'abc'} to integer). PostgreSQL runs
     * DROP DEFAULT before the type change and SET DEFAULT after it, whatever their order in the statement.
     */
    private static boolean castsSilently(ColumnType type) {
        return type.kind() == ColumnType.Kind.STRING || type.kind() == ColumnType.Kind.TEXT;
    }

    protected List<String> alterColumnClauses(AlterColumn op) {
        String column = "ALTER COLUMN " + q(op.column()) + " ";
        List<String> clauses = new ArrayList<>();
        AlterColumn.DefaultChange defaultChange = op.defaultChange();
        if (op.newType() != null) {
            if (defaultChange != null && defaultChange.newDefault().isPresent()) {
                clauses.add(column + "DROP DEFAULT");
            }
            String type = dialect().typeSql(op.newType());
            clauses.add(column + "TYPE " + type + (castsSilently(op.newType()) ? "" : " USING " + q(op.column()) + "::" + type));
        }
        if (op.nullable() != null) {
            clauses.add(column + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (defaultChange != null) {
            clauses.add(defaultChange.newDefault()
                    .map(d -> column + "SET DEFAULT " + dialect().defaultSql(d))
                    .orElse(column + "DROP DEFAULT"));
        }
        return clauses;
    }

    /**
     * The whole index spec: {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table [USING method] (keys)
     * [INCLUDE (columns)] [WHERE condition]}. A concurrent build cannot run in a transaction: the runner runs it on
     * its own outside the revision's ({@code PostgresDialect#runsOutsideTransaction}). PostgreSQL has no prefix
     * length; an expression such as {@code left(name, 10)} does that.
     */
    @Override
    public List<String> createIndex(CreateIndex op) {
        Index index = op.index();
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (op.concurrently() ? "CONCURRENTLY "
                : "") + q(index.name()) + " ON " + q(op.table()) + (index.method() == null ? ""
                : " USING " + index.method()) + " (" + indexKeys(op) + ")" + (index.include().isEmpty() ? ""
                : " INCLUDE (" + qList(index.include()) + ")") + (index.where() == null ? ""
                : " WHERE " + index.where()));
    }

    @Override
    protected String indexKey(CreateIndex op, IndexKey key) {
        if (key.length() != null) {
            throw refuseIndex(op, "prefix length on column " + key.column(), "index the expression left("
                    + key.column() + ", " + key.length() + ") instead: i.expression(\"left(" + key.column() + ", "
                    + key.length() + ")\")");
        }
        return super.indexKey(op, key);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + q(op.name()));
    }

    private List<String> alterColumnComment(AlterColumn op) {
        return op.comment() == null ? List.of() : columnComment(op.table(), op.column(), op.comment());
    }

    /**
     * ADD/DROP COLUMN, ALTER COLUMN and ADD/DROP CONSTRAINT become clauses of one ALTER TABLE (more than one when a
     * later change touches what an earlier one did); renames, indexes and the rest run as their own statements, in
     * the batch's order. Any other operation falls back to its own statements, which is always correct.
     */
    @Override
    public List<String> batchAlterTable(BatchAlterTable batch) {
        AlterTableClauses out = new AlterTableClauses(alterTable(batch.table()));
        for (Operation change : batch.operations()) {
            if (change instanceof AddColumn op) {
                addColumnClauses(op, out);
            } else if (change instanceof DropColumn op) {
                out.addClauses(List.of(column(op.column())), List.of("DROP COLUMN " + q(op.column())));
            } else if (change instanceof AlterColumn op) {
                out.addClauses(List.of(column(op.column())), alterColumnClauses(op), alterColumnComment(op));
                if (op.newName() != null) {
                    out.addStatements(renameColumn(new RenameColumn(op.table(), op.column(), op.newName())));
                }
            } else if (change instanceof AddConstraint op) {
                out.addClauses(List.of(constraint(op.constraint().name())),
                        List.of("ADD " + constraintDefinition(op.constraint(), List.of())));
            } else if (change instanceof DropConstraint op) {
                out.addClauses(List.of(constraint(op.name())), List.of("DROP CONSTRAINT " + q(op.name())));
            } else {
                out.addStatements(change.accept(this));
            }
        }
        return out.finish();
    }

    private void addColumnClauses(AddColumn op, AlterTableClauses out) {
        List<String> keys = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        keys.add(column(op.column().name()));
        clauses.add("ADD COLUMN " + columnDefinition(op.column(), op.constraints()));
        for (TableConstraint constraint : op.constraints()) {
            keys.add(constraint(constraint.name()));
            clauses.add("ADD " + constraintDefinition(constraint, List.of()));
        }
        List<String> after = op.column().comment() == null ? List.of()
                : columnComment(op.table(), op.column().name(), op.column().comment());
        out.addClauses(keys, clauses, after);
    }

    private String alterTable(String table) {
        return "ALTER TABLE " + q(table) + " ";
    }
}
