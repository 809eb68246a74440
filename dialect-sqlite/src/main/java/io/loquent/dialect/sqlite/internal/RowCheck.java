package io.loquent.dialect.sqlite.internal;

import java.util.List;

/**
 * A condition the old table's rows must meet for the rebuild to succeed, checked before any statement runs so that
 * the error can name the rows at fault (SQLite's own error would only name the constraint). Each check carries the
 * start of its message ({@code what}: "cannot make column 'users.name' NOT NULL"); column names are those of the old
 * table.
 */
sealed interface RowCheck {
    /** The start of the message when the check fails. */
    String what();

    /** No row may hold NULL in {@code column}. */
    record NotNull(String what, String column) implements RowCheck {
    }

    /** The table must be empty (a new NOT NULL column without a default). */
    record EmptyTable(String what) implements RowCheck {
    }

    /** No two rows may share non-NULL values in {@code columns}. */
    record Unique(String what, List<String> columns) implements RowCheck {
    }

    /** Every row must pass {@code condition}. */
    record Check(String what, String condition) implements RowCheck {
    }
}
