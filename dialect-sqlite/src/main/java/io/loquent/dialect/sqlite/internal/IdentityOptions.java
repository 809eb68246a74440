package io.loquent.dialect.sqlite.internal;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.schema.Column;

/**
 * SQLite's refusal of identity options. Its INTEGER PRIMARY KEY numbers a row from the largest rowid plus one: there
 * is no start (emulating one with AUTOINCREMENT and a {@code sqlite_sequence} row would change how deleted ids are
 * reused and be lost by a rebuild that has no row to copy), no step and no refusal of explicit values.
 */
public final class IdentityOptions {
    private IdentityOptions() {
    }

    /** Refuses {@code column} when it has identity options (start, increment, always). */
    public static void refuse(Column column) {
        if (column.identity() != null) {
            throw new NotSupportedException("sqlite", "create identity column '" + column.name() + "' with "
                    + column.identity(), "SQLite numbers an INTEGER PRIMARY KEY from the largest id plus one, with"
                    + " no start, increment or ALWAYS. Leave the options out (autoIncrement()), or insert a first row"
                    + " with the id to start from");
        }
    }
}
