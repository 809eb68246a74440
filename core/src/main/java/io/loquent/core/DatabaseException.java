package io.loquent.core;

import io.loquent.api.LoquentException;

/** The database could not be reached or answered with an error outside any revision (connecting, the version table). */
public class DatabaseException extends LoquentException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
