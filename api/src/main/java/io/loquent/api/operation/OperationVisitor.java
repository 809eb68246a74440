package io.loquent.api.operation;

/** One method per operation; adding an operation breaks every visitor until it handles it. */
public interface OperationVisitor<R> {
    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R renameTable(RenameTable op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R renameColumn(RenameColumn op);

    R alterColumn(AlterColumn op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R addConstraint(AddConstraint op);

    R dropConstraint(DropConstraint op);

    R executeSql(ExecuteSql op);

    R bulkInsert(BulkInsert op);

    R batchAlterTable(BatchAlterTable op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R createView(CreateView op);

    R dropView(DropView op);

    R setTableComment(SetTableComment op);
}
