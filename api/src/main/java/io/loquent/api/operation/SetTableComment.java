package io.loquent.api.operation;

import io.loquent.api.schema.Names;

/** Sets the comment of an existing table, or removes it when {@code comment} is null. */
public record SetTableComment(String table, String comment) implements Operation {
    public SetTableComment {
        Names.requireTable(table, "a table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableComment(this);
    }

    @Override
    public String describe() {
        return (comment == null ? "remove the comment of table " : "comment on table ") + table;
    }
}
