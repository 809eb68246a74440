package io.loquent.api.operation;

import io.loquent.api.OmittedAtDefault;
import io.loquent.api.schema.Names;

/** Drops a sequence; with {@code ifExists}, a sequence that is not there is no error. */
public record DropSequence(String name, @OmittedAtDefault boolean ifExists) implements Operation {
    public DropSequence {
        Names.requireUnqualified(name, "a sequence");
    }

    /** Drops a sequence that must exist. */
    public DropSequence(String name) {
        this(name, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public String describe() {
        return "drop sequence " + (ifExists ? "if exists " : "") + name;
    }
}
