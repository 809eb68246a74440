package io.loquent.api.operation;

import io.loquent.api.schema.Names;
import java.util.List;
/** Creates an index, unique or not, over plain columns. */
public record CreateIndex(String name, String table, List<String> columns, boolean unique) implements Operation {
    public CreateIndex {
        Names.require(name, "an index");
        Names.requireTable(table, "a table");
        columns = Names.requireList(columns, "index '" + name + "'");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public String describe() {
        return (unique ? "create unique index " : "create index ") + name + " on " + table;
    }
}
