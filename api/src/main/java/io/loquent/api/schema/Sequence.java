package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * A database sequence, such as the one a JPA {@code @SequenceGenerator} draws identifiers from.
 *
 * @param name      the sequence name
 * @param start     the first value it hands out
 * @param increment the step between values (a JPA generator's {@code allocationSize})
 */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Names.requireUnqualified(name, "a sequence");
        if (increment == 0) {
            throw new DefinitionException("sequence '" + name + "' needs a non-zero increment");
        }
    }
}
