package io.loquent.api.model;

import io.loquent.api.LoquentException;

/**
 * An entity model cannot be read: its classes are missing from the class path, a class named as an entity is not
 * one, or the JPA provider rejects a mapping. The message names the class (and the field) and says what to do.
 */
public class ModelException extends LoquentException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
