package io.loquent.api.operation;

import io.loquent.api.schema.Names;

/** Drops a sequence. */
public record DropSequence(String name) implements Operation {
    public DropSequence {
        Names.require(name, "a sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public String describe() {
        return "drop sequence " + name;
    }
}
