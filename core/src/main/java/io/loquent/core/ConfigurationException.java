package io.loquent.core;

import io.loquent.api.LoquentException;

/** The configuration is missing something or says something impossible. */
public class ConfigurationException extends LoquentException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
