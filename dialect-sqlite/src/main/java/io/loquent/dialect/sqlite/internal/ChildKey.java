package io.loquent.dialect.sqlite.internal;

import java.util.List;

/**
 * A foreign key of some table (possibly the rebuilt table itself) that references the rebuilt table.
 *
 * @param table      the referencing table
 * @param columns    its referencing columns
 * @param referenced the referenced columns of the rebuilt table; empty when the key references its primary key
 */
public record ChildKey(String table, List<String> columns, List<String> referenced) {
    public ChildKey {
        columns = List.copyOf(columns);
        referenced = List.copyOf(referenced);
    }

    /** How the key is named in messages. */
    public String describe() {
        return "the foreign key " + table + " (" + String.join(", ", columns) + ")";
    }
}
