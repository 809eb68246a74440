package io.loquent.api.operation;

/** One schema or data change. Records only: validated on construction, never mutated. */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn, AlterColumn,
        CreateIndex, DropIndex, AddConstraint, DropConstraint, ExecuteSql, BulkInsert, BatchAlterTable,
        CreateSequence, DropSequence, CreateView, DropView, SetTableComment {

    /** Dispatches to the visitor method for this record. */
    <R> R accept(OperationVisitor<R> visitor);

    /** A short description for logs and error messages, such as {@code add column users.phone}. */
    String describe();
}
