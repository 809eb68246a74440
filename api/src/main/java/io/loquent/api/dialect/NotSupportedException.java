package io.loquent.api.dialect;

import io.loquent.api.LoquentException;

/** An operation the database cannot perform, with what to do instead. */
public class NotSupportedException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final String dialect;
    private final String operation;

    /**
     * @param dialect   the dialect's name
     * @param operation the operation, as {@link io.loquent.api.operation.Operation#describe()} gives it
     * @param advice    why it cannot be done and what to do instead, as a sentence
     */
    public NotSupportedException(String dialect, String operation, String advice) {
        super(dialect + " cannot " + operation + ": " + advice);
        this.dialect = dialect;
        this.operation = operation;
    }

    public String dialect() {
        return dialect;
    }

    public String operation() {
        return operation;
    }
}
