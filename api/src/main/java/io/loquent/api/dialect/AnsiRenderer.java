package io.loquent.api.dialect;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.OperationVisitor;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Standard SQL for every operation. Each visit method returns the statements in order; the protected pieces
 * ({@link #columnDefinition}, {@link #constraintDefinition}, …) are what dialects override most.
 */
public class AnsiRenderer implements OperationVisitor<List<String>> {
    /** Rows per INSERT statement of a bulk insert: large enough to be quick, small enough for every server's limits. */
    protected static final int ROWS_PER_INSERT = 500;

    private final AnsiDialect dialect;
    private final RenderContext context;

    public AnsiRenderer(AnsiDialect dialect, RenderContext context) {
        this.dialect = dialect;
        this.context = context;
    }

    protected AnsiDialect dialect() {
        return dialect;
    }

    protected RenderContext context() {
        return context;
    }

    protected String q(String identifier) {
        return dialect.quote(identifier);
    }

    /** A table's name quoted, with its schema when it names one ({@link Dialect#quoteTable}). */
    protected String qt(String table) {
        return dialect.quoteTable(table);
    }

    /** Quoted, comma-separated names. */
    protected String qList(List<String> identifiers) {
        return identifiers.stream().map(this::q).collect(Collectors.joining(", "));
    }

    @Override
    public List<String> createTable(CreateTable op) {
        List<String> parts = new ArrayList<>();
        for (Column column : op.columns()) {
            parts.add(columnDefinition(column, op.constraints()));
        }
        for (TableConstraint constraint : op.constraints()) {
            String sql = constraintDefinition(constraint, op.columns());
            if (sql != null) {
                parts.add(sql);
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + qt(op.table()) + " (\n    "
                + String.join(",\n    ", parts) + "\n)"
                + tableOptions(op));
        statements.addAll(comments(op));
        return statements;
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL's engine options, a table comment). */
    protected String tableOptions(CreateTable op) {
        return "";
    }

    /** COMMENT ON statements for the table and its columns. */
    protected List<String> comments(CreateTable op) {
        List<String> statements = new ArrayList<>();
        if (op.comment() != null) {
            statements.add("COMMENT ON TABLE " + qt(op.table()) + " IS " + dialect.literal(op.comment()));
        }
        for (Column c : op.columns()) {
            if (c.comment() != null) {
                statements.addAll(columnComment(op.table(), c.name(), c.comment()));
            }
        }
        return statements;
    }

    /** The statements that set a column's comment. */
    protected List<String> columnComment(String table, String column, String comment) {
        return List.of("COMMENT ON COLUMN " + qt(table) + "." + q(column) + " IS " + dialect.literal(comment));
    }

    /**
     * {@code "name" TYPE [NOT NULL] [DEFAULT …]}. The table's constraints are passed so that a dialect can fold a
     * single-column key into the column where the database wants it there (SQLite's AUTOINCREMENT).
     */
    protected String columnDefinition(Column column, List<TableConstraint> tableConstraints) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(dialect.typeSql(column.type()));
        if (column.autoIncrement()) {
            sql.append(column.identity() == null ? autoIncrementClause() : identityClause(column));
        }
        if (column.generated() != null) {
            sql.append(generatedClause(column));
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(dialect.defaultSql(column.defaultValue()));
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** What follows the type of an auto-incrementing column; standard SQL's identity column by default. */
    protected String autoIncrementClause() {
        return " GENERATED BY DEFAULT AS IDENTITY";
    }

    /**
     * What follows the type of an auto-incrementing column with identity options: standard SQL's
     * {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (START WITH n INCREMENT BY m)}.
     */
    protected String identityClause(Column column) {
        Identity identity = column.identityOrDefault();
        return " GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (START WITH "
                + identity.start() + " INCREMENT BY " + identity.increment() + ")";
    }

    /** What follows the type of a generated column: {@code GENERATED ALWAYS AS (expr) STORED|VIRTUAL}. */
    protected String generatedClause(Column column) {
        return " " + generationSql(column.generated());
    }

    /** {@code GENERATED ALWAYS AS (expr) STORED|VIRTUAL}, the form SQLite, MySQL and MariaDB share with the standard. */
    public static String generationSql(Generated generated) {
        return "GENERATED ALWAYS AS (" + generated.expression() + ")" + (generated.stored() ? " STORED" : " VIRTUAL");
    }

    /** {@code CONSTRAINT "name" …}, or null when the constraint is already part of a column definition. */
    protected String constraintDefinition(TableConstraint constraint, List<Column> columns) {
        String body;
        if (constraint instanceof TableConstraint.PrimaryKey pk) {
            body = "PRIMARY KEY (" + qList(pk.columns()) + ")";
        } else if (constraint instanceof TableConstraint.Unique uq) {
            body = "UNIQUE (" + qList(uq.columns()) + ")" + deferral(constraint, uq.deferral());
        } else if (constraint instanceof TableConstraint.ForeignKey fk) {
            body = "FOREIGN KEY (" + qList(fk.columns()) + ") REFERENCES " + qt(fk.referencedTable())
                    + " (" + qList(fk.referencedColumns()) + ")"
                    + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().sql())
                    + (fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate().sql())
                    + deferral(constraint, fk.deferral());
        } else {
            TableConstraint.Check ck = (TableConstraint.Check) constraint;
            body = "CHECK (" + ck.condition() + ")";
        }
        return "CONSTRAINT " + q(constraint.name()) + " " + body;
    }

    /**
     * The deferral clause of {@code constraint}, or nothing when it is not deferrable. Standard SQL's; a dialect
     * whose database cannot defer a kind of constraint refuses it here.
     */
    protected String deferral(TableConstraint constraint, TableConstraint.Deferral deferral) {
        return deferral == null ? "" : " " + deferral.sql();
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + ifExists(op.ifExists()) + qt(op.table()));
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " RENAME TO " + renamedTable(op));
    }

    /** The new name in a rename: bare, as standard SQL's RENAME TO keeps the table in its schema. */
    protected String renamedTable(RenameTable op) {
        return q(TableName.bare(op.newName()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + qt(op.table()) + " ADD COLUMN " + columnDefinition(op.column(), op.constraints()));
        for (TableConstraint constraint : op.constraints()) {
            statements.addAll(addConstraint(new AddConstraint(op.table(), constraint)));
        }
        if (op.column().comment() != null) {
            statements.addAll(columnComment(op.table(), op.column().name(), op.column().comment()));
        }
        return statements;
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " DROP COLUMN " + q(op.column()));
    }

    @Override
    public List<String> renameColumn(RenameColumn op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " RENAME COLUMN " + q(op.column()) + " TO " + q(op.newName()));
    }

    /** Standard SQL's ALTER COLUMN clauses, one statement each, the rename last. */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        String prefix = "ALTER TABLE " + qt(op.table()) + " ALTER COLUMN " + q(op.column()) + " ";
        List<String> statements = new ArrayList<>();
        if (op.newType() != null) {
            statements.add(prefix + "SET DATA TYPE " + dialect.typeSql(op.newType()));
        }
        if (op.nullable() != null) {
            statements.add(prefix + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (op.defaultChange() != null) {
            statements.add(op.defaultChange().newDefault()
                    .map(d -> prefix + "SET DEFAULT " + dialect.defaultSql(d))
                    .orElse(prefix + "DROP DEFAULT"));
        }
        if (op.comment() != null) {
            statements.addAll(columnComment(op.table(), op.column(), op.comment()));
        }
        if (op.newName() != null) {
            statements.addAll(renameColumn(new RenameColumn(op.table(), op.column(), op.newName())));
        }
        return statements;
    }

    /**
     * {@code CREATE [UNIQUE] INDEX name ON table (keys) [WHERE condition]}: each column key quoted as
     * {@link #indexColumn} quotes it, each expression key in parentheses. What standard SQL cannot say (a method,
     * included columns, a prefix length) is refused through {@link #refuseIndex}; a dialect that has them overrides
     * this. {@code concurrently} changes nothing here: a database without a concurrent build builds it the one way.
     */
    @Override
    public List<String> createIndex(CreateIndex op) {
        Index index = op.index();
        if (index.method() != null) {
            throw refuseIndex(op, "USING " + index.method(), "leave out using(...): it builds a B-tree index");
        }
        if (!index.include().isEmpty()) {
            throw refuseIndex(op, "INCLUDE columns", "make them keys after the others (i.column(...)), or leave"
                    + " them out");
        }
        return List.of("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON "
                + qt(op.table()) + " (" + indexKeys(op) + ")" + (index.where() == null ? "" : " WHERE "
                + index.where()));
    }

    /** The keys of {@code op}'s index, comma-separated, as this database writes them in CREATE INDEX. */
    protected String indexKeys(CreateIndex op) {
        return op.index().keys().stream().map(k -> indexKey(op, k)).collect(Collectors.joining(", "));
    }

    /** One index key: a column as {@link #indexColumn} writes it, an expression in parentheses. */
    protected String indexKey(CreateIndex op, IndexKey key) {
        if (key.expression() != null) {
            return "(" + key.expression() + ")";
        }
        if (key.length() != null) {
            throw refuseIndex(op, "prefix length on column " + key.column(), "index the whole column, or an"
                    + " expression such as substr(" + key.column() + ", 1, " + key.length() + ")");
        }
        return indexColumn(key.column());
    }

    /** A column key's name: quoted by default; SQLite quotes it so that it can only be a column. */
    protected String indexColumn(String column) {
        return q(column);
    }

    /** The refusal of {@code what} in {@code op}'s index on this database, with {@code advice}. */
    protected NotSupportedException refuseIndex(CreateIndex op, String what, String advice) {
        return new NotSupportedException(dialect.name(), op.describe(), "the database has no " + what
                + " in an index; " + advice);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        String schema = TableName.schemaOf(op.table());
        return List.of("DROP INDEX " + ifExists(op.ifExists()) + (schema == null ? "" : q(schema) + ".") + q(op.name()));
    }

    @Override
    public List<String> addConstraint(AddConstraint op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " ADD " + constraintDefinition(op.constraint(), List.of()));
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " DROP CONSTRAINT " + q(op.name()));
    }

    @Override
    public List<String> executeSql(ExecuteSql op) {
        return List.of(op.sql());
    }

    /** Multi-row INSERTs, one per run of rows with the same columns, at most {@link #ROWS_PER_INSERT} rows each. */
    @Override
    public List<String> bulkInsert(BulkInsert op) {
        List<String> statements = new ArrayList<>();
        Set<String> columns = null;
        StringBuilder sql = null;
        int rowsInStatement = 0;
        for (Map<String, Object> row : op.rows()) {
            if (sql == null || !row.keySet().equals(columns) || rowsInStatement == ROWS_PER_INSERT) {
                if (sql != null) {
                    statements.add(sql.toString());
                }
                columns = new LinkedHashSet<>(row.keySet());
                sql = new StringBuilder("INSERT INTO ").append(qt(op.table())).append(" (")
                        .append(qList(List.copyOf(columns))).append(") VALUES ");
                rowsInStatement = 0;
            } else {
                sql.append(", ");
            }
            sql.append('(').append(columns.stream().map(c -> dialect.literal(row.get(c))).collect(Collectors.joining(", ")))
                    .append(')');
            rowsInStatement++;
        }
        if (sql != null) {
            statements.add(sql.toString());
        }
        return statements;
    }

    /** Each change of the batch in turn; dialects that can combine clauses or must rebuild the table override this. */
    @Override
    public List<String> batchAlterTable(BatchAlterTable op) {
        List<String> statements = new ArrayList<>();
        for (Operation change : op.operations()) {
            statements.addAll(change.accept(this));
        }
        return statements;
    }

    /**
     * {@code CREATE SEQUENCE "s" START WITH n INCREMENT BY m}. A sequence's bounds default to 1 and up (down to -1 for
     * a descending one), which a start of 0 or below (above -1) would leave, so such a start also lowers (raises) the
     * bound to itself.
     */
    @Override
    public List<String> createSequence(CreateSequence op) {
        Sequence s = op.sequence();
        String bound = s.increment() > 0 && s.start() < 1 ? " MINVALUE " + s.start()
                : s.increment() < 0 && s.start() > -1 ? " MAXVALUE " + s.start() : "";
        return List.of("CREATE SEQUENCE " + q(s.name()) + " START WITH " + s.start() + " INCREMENT BY "
                + s.increment() + bound);
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + ifExists(op.ifExists()) + q(op.name()));
    }

    /** {@code "IF EXISTS "} when {@code guarded}, for the DROP statements that have the form. */
    protected static String ifExists(boolean guarded) {
        return guarded ? "IF EXISTS " : "";
    }

    /** {@code CREATE [OR REPLACE] VIEW "v" AS query}. */
    @Override
    public List<String> createView(CreateView op) {
        return List.of("CREATE " + (op.replace() ? "OR REPLACE " : "") + "VIEW " + q(op.view().name()) + " AS "
                + op.view().definition());
    }

    @Override
    public List<String> dropView(DropView op) {
        return List.of("DROP VIEW " + ifExists(op.ifExists()) + q(op.name()));
    }

    /** {@code COMMENT ON TABLE "t" IS '…'}, or {@code IS NULL} to remove it. */
    @Override
    public List<String> setTableComment(SetTableComment op) {
        return List.of("COMMENT ON TABLE " + qt(op.table()) + " IS "
                + (op.comment() == null ? "NULL" : dialect.literal(op.comment())));
    }
}
