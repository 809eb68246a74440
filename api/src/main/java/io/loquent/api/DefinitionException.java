package io.loquent.api;

/**
 * A revision defines something that cannot exist: a table declaring a column twice, a foreign key whose column lists
 * differ in length, a name longer than the database allows, a value no SQL literal can hold. It is raised while the
 * script builds its operations, before the statement that would carry the mistake runs, and its message says what
 * is wrong and how to write it instead.
 */
public class DefinitionException extends LoquentException {
    private static final long serialVersionUID = 1L;

    public DefinitionException(String message) {
        super(message);
    }
}
