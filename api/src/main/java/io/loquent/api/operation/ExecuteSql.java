package io.loquent.api.operation;

import io.loquent.api.DefinitionException;


/** A statement written by the user, run as it stands. */
public record ExecuteSql(String sql) implements Operation {
    public ExecuteSql {
        if (sql == null || sql.isBlank()) {
            throw new DefinitionException("execute needs a SQL statement");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.executeSql(this);
    }

    @Override
    public String describe() {
        return "execute " + (sql.length() > 60 ? sql.substring(0, 57) + "..." : sql);
    }
}
