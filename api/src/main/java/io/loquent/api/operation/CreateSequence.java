package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Sequence;

/** Creates a sequence, such as the one a JPA {@code @SequenceGenerator} draws identifiers from. */
public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
        if (sequence == null) {
            throw new DefinitionException("createSequence needs a sequence");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }
}
