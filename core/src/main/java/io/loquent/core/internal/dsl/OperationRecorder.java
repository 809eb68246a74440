package io.loquent.core.internal.dsl;

import io.loquent.api.BatchOp;
import io.loquent.api.ColumnChange;
import io.loquent.api.ColumnSpec;
import io.loquent.api.DefinitionException;
import io.loquent.api.Migration;
import io.loquent.api.MigrationScript;
import io.loquent.api.IndexSpec;
import io.loquent.api.Op;
import io.loquent.api.TableBuilder;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
import io.loquent.api.schema.TableConstraint;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link Op} a running revision receives: every call becomes an {@link Operation} handed at once to the sink,
 * which renders and executes or prints it. Handing each one over immediately keeps a script's own Java logic and its
 * operations in order.
 */
public final class OperationRecorder implements Op {
    private final Consumer<Operation> sink;
    private final NamingConvention naming;
    private final Changes changes;
    private final Consumer<Runnable> outsideTransaction;
    private final DataAccess data;

    /**
     * @param sink               receives each operation as it is called
     * @param outsideTransaction runs a body outside the revision's transaction ({@link #autocommitBlock})
     * @param data               runs, writes or notes the script's reads and writes of rows, in order with
     *                           {@code sink}'s operations
     */
    public OperationRecorder(Consumer<Operation> sink, NamingConvention naming, Consumer<Runnable> outsideTransaction,
                             DataAccess data) {
        this.sink = sink;
        this.naming = naming;
        this.changes = new Changes(naming);
        this.outsideTransaction = outsideTransaction;
        this.data = data;
    }

    /**
     * A recorder whose autocommit blocks simply run the body and whose queries read no row, with no database behind
     * it (for tests and recordings).
     */
    public OperationRecorder(Consumer<Operation> sink, NamingConvention naming) {
        this(sink, naming, Runnable::run, DataAccess.recordingOnly((kind, sql, params) -> { },
                "while the revision is only recorded"));
    }

    /**
     * Runs {@code script}'s upgrade or downgrade against this recorder, bound as the thread's {@code Migration}
     * facade for the call, so that both ways of writing a script record into it.
     */
    public void play(MigrationScript script, boolean upgrade) {
        Migration.bind(this, () -> {
            if (upgrade) {
                script.upgrade(this);
            } else {
                script.downgrade(this);
            }
        });
    }

    @Override
    public void createTable(String table, Consumer<TableBuilder> body) {
        TableDefinition definition = new TableDefinition(table, naming);
        body.accept(definition);
        definition.build().forEach(sink);
    }

    @Override
    public void createTableIfNotExists(String table, Consumer<TableBuilder> body) {
        TableDefinition definition = new TableDefinition(table, naming);
        body.accept(definition);
        definition.build(true).forEach(sink);
    }

    @Override
    public void dropTable(String table) {
        sink.accept(new DropTable(table));
    }

    @Override
    public void dropTableIfExists(String table) {
        sink.accept(new DropTable(table, true));
    }

    @Override
    public void setTableComment(String table, String comment) {
        sink.accept(new SetTableComment(table, comment));
    }

    @Override
    public void renameTable(String table, String newName) {
        sink.accept(new RenameTable(table, newName));
    }

    @Override
    public void addColumn(String table, String column, ColumnSpec spec) {
        sink.accept(changes.addColumn(table, column, spec));
    }

    @Override
    public void dropColumn(String table, String column) {
        sink.accept(new DropColumn(table, column));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        sink.accept(new RenameColumn(table, column, newName));
    }

    @Override
    public void alterColumn(String table, String column, Consumer<ColumnChange> change) {
        sink.accept(changes.alterColumn(table, column, change));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        sink.accept(IndexDefinition.plain(name, table, false, columns));
    }

    @Override
    public void createUniqueIndex(String name, String table, String... columns) {
        sink.accept(IndexDefinition.plain(name, table, true, columns));
    }

    @Override
    public void createIndex(String name, String table, Consumer<IndexSpec> spec) {
        sink.accept(IndexDefinition.of(name, table, spec));
    }

    @Override
    public void dropIndex(String name, String table) {
        sink.accept(new DropIndex(name, table));
    }

    @Override
    public void dropIndexIfExists(String name, String table) {
        sink.accept(new DropIndex(name, table, true));
    }

    @Override
    public void dropIndexConcurrently(String name, String table) {
        sink.accept(DropIndex.concurrently(name, table));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        sink.accept(changes.unique(name, table, null, columns));
    }

    @Override
    public void createUniqueConstraint(String name, String table, TableConstraint.Deferral deferral,
                                       String... columns) {
        sink.accept(changes.unique(name, table, deferral, columns));
    }

    @Override
    public void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                 List<String> referencedColumns) {
        createForeignKey(name, table, referencedTable, columns, referencedColumns, null);
    }

    @Override
    public void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                 List<String> referencedColumns, String onDelete) {
        createForeignKey(name, table, referencedTable, columns, referencedColumns, onDelete, null);
    }

    @Override
    public void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                 List<String> referencedColumns, String onDelete, String onUpdate) {
        createForeignKey(name, table, referencedTable, columns, referencedColumns, onDelete, onUpdate, null);
    }

    @Override
    public void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                 List<String> referencedColumns, String onDelete, String onUpdate,
                                 TableConstraint.Deferral deferral) {
        sink.accept(changes.foreignKey(name, table, referencedTable, columns, referencedColumns, onDelete, onUpdate,
                deferral));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        sink.accept(changes.check(name, table, condition));
    }

    @Override
    public void createCheckConstraintNamed(String name, String table, String condition) {
        sink.accept(changes.checkNamed(name, table, condition));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        sink.accept(changes.primaryKey(name, table, columns));
    }

    @Override
    public void dropConstraint(String name, String table) {
        dropConstraint(name, table, null);
    }

    @Override
    public void dropConstraint(String name, String table, TableConstraint.Kind kind) {
        sink.accept(new DropConstraint(table, name, kind));
    }

    @Override
    public void createSequence(String name) {
        createSequence(name, 1, 1);
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        sink.accept(new CreateSequence(new Sequence(name, start, increment)));
    }

    @Override
    public void dropSequence(String name) {
        sink.accept(new DropSequence(name));
    }

    @Override
    public void dropSequenceIfExists(String name) {
        sink.accept(new DropSequence(name, true));
    }

    @Override
    public void createView(String name, String query) {
        sink.accept(new CreateView(new View(name, query), false));
    }

    @Override
    public void createOrReplaceView(String name, String query) {
        sink.accept(new CreateView(new View(name, query), true));
    }

    @Override
    public void dropView(String name) {
        sink.accept(new DropView(name, false));
    }

    @Override
    public void dropViewIfExists(String name) {
        sink.accept(new DropView(name, true));
    }

    @Override
    public void execute(String sql) {
        sink.accept(new ExecuteSql(sql));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        sink.accept(new BulkInsert(table, rows));
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        return data.query(statement(sql, "query"), parameters(params));
    }

    @Override
    public int update(String sql, Object... params) {
        return data.update(statement(sql, "update"), parameters(params));
    }

    @Override
    public Connection connection() {
        return data.connection();
    }

    private static String statement(String sql, String call) {
        if (sql == null || sql.isBlank()) {
            throw new DefinitionException(call + " needs a SQL statement");
        }
        return sql;
    }

    /** The parameters as a list that keeps nulls ({@code List.of} refuses them); a null array is one null value. */
    private static List<Object> parameters(Object[] params) {
        return params == null ? Collections.singletonList(null)
                : Collections.unmodifiableList(Arrays.asList(params.clone()));
    }

    @Override
    public void autocommitBlock(Runnable body) {
        outsideTransaction.accept(body);
    }

    @Override
    public void batchAlterTable(String table, Consumer<BatchOp> body) {
        batchAlterTable(table, BatchAlterTable.Recreate.AUTO, body);
    }

    @Override
    public void batchAlterTable(String table, BatchAlterTable.Recreate recreate, Consumer<BatchOp> body) {
        BatchRecorder batch = new BatchRecorder(table, changes);
        body.accept(batch);
        sink.accept(new BatchAlterTable(table, recreate, batch.operations()));
    }
}
