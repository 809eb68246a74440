package io.loquent.api.dialect;

import io.loquent.api.LoquentException;

/** Another run held the migration lock for longer than the configured timeout. */
public class LockTimeoutException extends LoquentException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(message);
    }
}
