package io.loquent.api.operation;

import io.loquent.api.schema.Names;

/** Drops a view; with {@code ifExists}, a view that is not there is no error. */
public record DropView(String name, boolean ifExists) implements Operation {
    public DropView {
        Names.requireUnqualified(name, "a view");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropView(this);
    }

    @Override
    public String describe() {
        return "drop view " + (ifExists ? "if exists " : "") + name;
    }
}
