package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * The options of an auto-incrementing column beyond "the database numbers the rows": where numbering starts, the
 * step, and whether the database refuses values the application gives ({@code GENERATED ALWAYS}) or only supplies
 * one where none is given ({@code BY DEFAULT}). A {@link Column} holds none (null) for the defaults, 1, 1 and by
 * default, so that a plain auto-increment column and one that states the defaults are the same column.
 *
 * @param start     the first value handed out
 * @param increment the step between values, not zero
 * @param always    whether explicit values are refused (PostgreSQL's {@code GENERATED ALWAYS AS IDENTITY})
 */
public record Identity(long start, long increment, boolean always) {
    /** The options an auto-increment column has when it says none. */
    public static final Identity DEFAULT = new Identity(1, 1, false);

    public Identity {
        if (increment == 0) {
            throw new DefinitionException("an identity needs a non-zero increment");
        }
    }

    /** Whether these are the options every auto-increment column has unless told otherwise. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    @Override
    public String toString() {
        return "identity(start " + start + ", increment " + increment + (always ? ", always" : ", by default") + ")";
    }
}
