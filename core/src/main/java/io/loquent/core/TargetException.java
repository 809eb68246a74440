package io.loquent.core;

import io.loquent.api.LoquentException;

/** A target that cannot be reached from where the database is: several heads where one is needed, a step too far. */
public class TargetException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final String target;

    public TargetException(String target, String message) {
        super(message);
        this.target = target;
    }

    /** The target as the user wrote it. */
    public String target() {
        return target;
    }
}
