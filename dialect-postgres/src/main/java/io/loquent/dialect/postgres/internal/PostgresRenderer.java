package io.loquent.dialect.postgres.internal;

import static io.loquent.api.dialect.AlterTableClauses.column;
import static io.loquent.api.dialect.AlterTableClauses.constraint;

import io.loquent.api.dialect.AlterTableClauses;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.TableName;
import io.loquent.api.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL's statements where they differ from standard SQL: ALTER COLUMN changes share one ALTER TABLE, a type
 * change converts the values with {@code USING}, and a batch folds its changes into as few ALTER TABLEs as it can.
 */
public class PostgresRenderer extends AnsiRenderer {

    private final EnumTypes enums;

    public PostgresRenderer(AnsiDialect dialect, RenderContext context) {
        super(dialect, context);
        this.enums = new EnumTypes(dialect, context);
    }

    /** The table, after the enum types its columns need ({@link EnumTypes}). */
    @Override
    public List<String> createTable(CreateTable op) {
        return concat(enums.create(op.columns().stream().map(Column::type).toList()), super.createTable(op));
    }

    /** The table, then the enum types that only its columns used. */
    @Override
    public List<String> dropTable(DropTable op) {
        List<Column> columns = enums.columns(op.table());
        return concat(super.dropTable(op), enums.drop(columns.stream().map(Column::type).toList(),
                columns.stream().map(c -> op.table() + "." + c.name()).collect(Collectors.toSet()), Set.of()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        return concat(enums.create(List.of(op.column().type())), super.addColumn(op));
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return concat(super.dropColumn(op), dropsAfter(op.table(), List.of(op.column()), Set.of()));
    }

    private List<String> dropsAfter(String table, List<String> leaving, Set<String> arriving) {
        List<ColumnType> types = enums.columns(table).stream().filter(c -> leaving.contains(c.name()))
                .map(Column::type).toList();
        return enums.drop(types, leaving.stream().map(c -> table + "." + c).collect(Collectors.toSet()), arriving);
    }

    /** The enum types a column's new type needs; the enum type it leaves, if no other column has it. */
    private List<String> enumsBefore(AlterColumn op) {
        return op.newType() == null ? List.of() : enums.create(List.of(op.newType()));
    }

    private List<String> enumsAfter(AlterColumn op) {
        if (op.newType() == null) {
            return List.of();
        }
        ColumnType arriving = EnumTypes.enumOf(op.newType());
        return dropsAfter(op.table(), List.of(op.column()), arriving == null ? Set.of() : Set.of(arriving.name()));
    }

    /** Whether {@code op} only changes the values of the column's enum type, which {@link #enumsBefore} does. */
    private boolean keepsEnumType(AlterColumn op) {
        ColumnType arriving = op.newType() == null || op.newType().kind() != ColumnType.Kind.ENUM ? null : op.newType();
        return arriving != null && enums.columns(op.table()).stream().anyMatch(c -> c.name().equals(op.column())
                && c.type().kind() == ColumnType.Kind.ENUM && arriving.name().equals(c.type().name()));
    }

    /** Whether {@code op} changes a column's type to or from an enum type. */
    private boolean enumChange(AlterColumn op) {
        return op.newType().kind() == ColumnType.Kind.ENUM || enums.columns(op.table()).stream()
                .anyMatch(c -> c.name().equals(op.column()) && c.type().kind() == ColumnType.Kind.ENUM);
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** PostgreSQL (up to 17) computes generated columns only when rows are written. */
    @Override
    protected String generatedClause(Column column) {
        if (!column.generated().stored()) {
            throw new NotSupportedException("postgresql", "create virtual generated column '" + column.name() + "'",
                    "PostgreSQL has only stored generated columns. Use storedAs(\"" + column.generated().expression()
                            + "\"), or a view that computes the value");
        }
        return super.generatedClause(column);
    }

    /** One ALTER TABLE with the type, nullability and default clauses; then the comment; then the rename. */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        List<String> statements = new ArrayList<>(enumsBefore(op));
        List<String> clauses = alterColumnClauses(op);
        if (!clauses.isEmpty()) {
            statements.add(alterTable(op.table()) + String.join(", ", clauses));
        }
        statements.addAll(alterColumnComment(op));
        if (op.newName() != null) {
            statements.addAll(renameColumn(new RenameColumn(op.table(), op.column(), op.newName())));
        }
        statements.addAll(enumsAfter(op));
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
        return type.kind() == ColumnType.Kind.STRING || type.kind() == ColumnType.Kind.CHAR
                || type.kind() == ColumnType.Kind.TEXT;
    }

    protected List<String> alterColumnClauses(AlterColumn op) {
        String column = "ALTER COLUMN " + q(op.column()) + " ";
        List<String> clauses = new ArrayList<>();
        AlterColumn.DefaultChange defaultChange = op.defaultChange();
        if (op.newType() != null && !keepsEnumType(op)) {
            if (defaultChange == null && enumChange(op)) {
                // PostgreSQL cannot cast a default to or from an enum type with its column: drop it, then restore it
                DefaultValue current = enums.currentDefault(op.table(), op.column(), op.newType());
                defaultChange = current == null ? null : new AlterColumn.DefaultChange(current);
            }
            if (defaultChange != null && defaultChange.newDefault().isPresent()) {
                clauses.add(column + "DROP DEFAULT");
            }
            String type = dialect().typeSql(op.newType());
            // an enum converts through text: PostgreSQL has no cast from another enum type
            String via = op.newType().kind() == ColumnType.Kind.ENUM ? "::text::" : "::";
            clauses.add(column + "TYPE " + type + (castsSilently(op.newType()) ? "" : " USING " + q(op.column()) + via + type));
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
                : "") + q(index.name()) + " ON " + qt(op.table()) + (index.method() == null ? ""
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
        String schema = TableName.schemaOf(op.table());
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + ifExists(op.ifExists())
                + (schema == null ? "" : q(schema) + ".") + q(op.name()));
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
        List<ColumnType> arriving = new ArrayList<>();
        List<String> leaving = new ArrayList<>();
        for (Operation change : batch.operations()) {
            if (change instanceof AddColumn op) {
                arriving.add(op.column().type());
            } else if (change instanceof AlterColumn op && op.newType() != null) {
                arriving.add(op.newType());
                leaving.add(op.column());
            } else if (change instanceof DropColumn op) {
                leaving.add(op.column());
            }
        }
        Set<String> arrivingNames = arriving.stream().map(EnumTypes::enumOf).filter(t -> t != null)
                .map(ColumnType::name).collect(Collectors.toSet());
        return concat(concat(enums.create(arriving), batchClauses(batch)),
                dropsAfter(batch.table(), leaving, arrivingNames));
    }

    private List<String> batchClauses(BatchAlterTable batch) {
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
        return "ALTER TABLE " + qt(table) + " ";
    }
}
