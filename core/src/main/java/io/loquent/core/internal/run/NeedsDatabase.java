package io.loquent.core.internal.run;

import io.loquent.api.LoquentException;

/**
 * A revision that reads the database ({@code op.query}, {@code op.connection()}) where nothing runs on one: an
 * offline script, or a dry run that only writes. The message says what to do; nothing ran.
 */
final class NeedsDatabase extends LoquentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param call  the call that needs a database, such as {@code op.query}
     * @param where where it cannot have one, such as {@code an offline script}
     * @param what  what to do instead, as a sentence
     */
    NeedsDatabase(String call, String where, String what) {
        super("it reads the database (" + call + "), which " + where + " cannot: " + what);
    }
}
