package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a table while a batch of changes is applied to it, each with three names: its name in the old
 * table ({@code source}, null for a new column), its name in the rebuilt table ({@code rebuild}) and its name as the
 * script sees it at this point of the batch ({@code current}).
 *
 * <p>Renames are not made in the rebuilt table: the table is rebuilt under the old names and each rename then runs
 * as SQLite's own {@code RENAME COLUMN}, which also rewrites the indexes, triggers, views and foreign keys of other
 * tables that use the column. A new column whose name an old column still holds in the rebuilt table is built under
 * a scratch name and renamed at the end like the others; rebuild names are unique over every column the batch ever
 * saw, dropped ones included, so that a name always means one column.
 */
final class ColumnNames {
    /** One column; {@code current} changes with renames, the others never do. */
    static final class Slot {
        final String source;
        final String rebuild;
        String current;
        boolean dropped;

        Slot(String source, String rebuild, String current) {
            this.source = source;
            this.rebuild = rebuild;
            this.current = current;
        }
    }

    private final String table;
    private final List<Slot> slots = new ArrayList<>();

    ColumnNames(String table, List<String> columns) {
        this.table = table;
        columns.forEach(c -> slots.add(new Slot(c, c, c)));
    }

    /** The live column the script calls {@code name}, or null. */
    Slot find(String name) {
        return slots.stream().filter(s -> !s.dropped && s.current.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The live column the script calls {@code name}; an error when there is none. */
    Slot resolve(String name) {
        Slot slot = find(name);
        if (slot == null) {
            throw new LoquentException("column '" + table + "." + name + "' does not exist at this point of the"
                    + " change; the table has " + live().stream().map(s -> s.current).toList());
        }
        return slot;
    }

    /** The slot for a column in the rebuilt table, by its rebuild name. */
    Slot byRebuildName(String rebuildName) {
        return slots.stream().filter(s -> !s.dropped && s.rebuild.equalsIgnoreCase(rebuildName)).findFirst()
                .orElse(null);
    }

    /** A new column called {@code name}. */
    Slot add(String name) {
        requireFree(name);
        String rebuild = name;
        for (int i = 2; isTaken(rebuild); i++) {
            rebuild = name + "_loquent_new" + (i == 2 ? "" : "_" + i);
        }
        Slot slot = new Slot(null, rebuild, name);
        slots.add(slot);
        return slot;
    }

    void rename(Slot slot, String newName) {
        if (!slot.current.equalsIgnoreCase(newName)) {
            requireFree(newName);
        }
        slot.current = newName;
    }

    void drop(Slot slot) {
        slot.dropped = true;
    }

    List<Slot> live() {
        return slots.stream().filter(s -> !s.dropped).toList();
    }

    List<Slot> dropped() {
        return slots.stream().filter(s -> s.dropped).toList();
    }

    /** Folded current name to rebuild name, for the columns whose names differ: how to map a script's SQL. */
    Map<String, String> currentToRebuild() {
        Map<String, String> map = new LinkedHashMap<>();
        live().stream().filter(s -> !s.current.equals(s.rebuild))
                .forEach(s -> map.put(SqlToken.key(s.current), s.rebuild));
        return map;
    }

    /** The rebuild name of the column the script calls {@code name}. */
    String rebuildName(String name) {
        return resolve(name).rebuild;
    }

    private void requireFree(String name) {
        if (find(name) != null) {
            throw new LoquentException("column '" + table + "." + name + "' already exists at this point of the change;"
                    + " choose another name or drop it first");
        }
    }

    private boolean isTaken(String rebuildName) {
        // unique over every column the batch ever saw, so that a name in old SQL and one in a new object never clash
        return slots.stream().anyMatch(s -> s.rebuild.equalsIgnoreCase(rebuildName));
    }
}
