package io.loquent.dialect.sqlite.internal;

import java.util.List;

/** SQLite's three names for the rowid, of which a column can hide any. */
final class RowidNames {
    private RowidNames() {
    }

    /** The first of {@code rowid}, {@code _rowid_} and {@code oid} that no column uses, or null. */
    static String free(List<String> columns) {
        for (String name : List.of("rowid", "_rowid_", "oid")) {
            if (columns.stream().noneMatch(name::equalsIgnoreCase)) {
                return name;
            }
        }
        return null;
    }
}
