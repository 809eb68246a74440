package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/** A revision reference that names no script, or more than one (an ambiguous prefix). */
public class RevisionNotFoundException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final String reference;
    private final List<String> candidates;

    public RevisionNotFoundException(String reference, List<String> candidates, String message) {
        super(message);
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    /** What the user wrote. */
    public String reference() {
        return reference;
    }

    /** For an ambiguous prefix, the ids it matches; otherwise empty. */
    public List<String> candidates() {
        return candidates;
    }
}
