package io.loquent.api;

/**
 * The root of every error Loquent raises on purpose. Its message is written for a person: what failed, where, and
 * what to do next; subclasses carry the same facts as fields for programs.
 */
public class LoquentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoquentException(String message) {
        super(message);
    }

    public LoquentException(String message, Throwable cause) {
        super(message, cause);
    }
}
