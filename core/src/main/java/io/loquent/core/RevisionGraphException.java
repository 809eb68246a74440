package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/** The scripts do not form a valid revision graph: a duplicate id, a missing parent or dependency, a cycle. */
public class RevisionGraphException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final List<String> revisions;

    public RevisionGraphException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** The revision ids involved. */
    public List<String> revisions() {
        return revisions;
    }
}
