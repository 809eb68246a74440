package io.loquent.core.internal.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one comparison, sorted into the order in which they can run: a key is dropped before the columns
 * it covers, a table is created before the foreign keys that reference it, and a column goes last, when nothing
 * refers to it any more.
 */
final class Phases {
    final List<Change> renameTables = new ArrayList<>();
    final List<Change> dropForeignKeys = new ArrayList<>();
    final List<Change> dropKeys = new ArrayList<>();
    final List<Change> createTables = new ArrayList<>();
    final List<Change> columns = new ArrayList<>();
    final List<Change> addKeys = new ArrayList<>();
    final List<Change> addForeignKeys = new ArrayList<>();
    final List<Change> dropColumns = new ArrayList<>();
    final List<Change> dropTables = new ArrayList<>();
    final List<Change> sequences = new ArrayList<>();

    /** Every change, in running order. */
    List<Change> inOrder() {
        List<Change> all = new ArrayList<>();
        all.addAll(sequences);
        all.addAll(renameTables);
        all.addAll(dropForeignKeys);
        all.addAll(dropKeys);
        all.addAll(createTables);
        all.addAll(columns);
        all.addAll(addKeys);
        all.addAll(addForeignKeys);
        all.addAll(dropColumns);
        all.addAll(dropTables);
        return all;
    }
}
