package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/** No dialect on the class path serves the configured database. */
public class DialectNotFoundException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final List<String> available;

    public DialectNotFoundException(String message, List<String> available) {
        super(message);
        this.available = List.copyOf(available);
    }

    /** The names of the dialects that were found. */
    public List<String> available() {
        return available;
    }
}
