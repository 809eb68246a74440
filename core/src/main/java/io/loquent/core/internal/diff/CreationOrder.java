package io.loquent.core.internal.diff;

import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables in an order in which each can be created after the tables it references, ties broken by the given order so
 * that the result never changes between runs. A foreign key that closes a cycle cannot be created with its table:
 * it is {@link #deferred()}, to be added once every table of the cycle exists.
 */
final class CreationOrder {
    private final List<Table> tables = new ArrayList<>();
    private final List<Deferred> deferred = new ArrayList<>();

    /** A foreign key of {@code table} to add after the tables are created. */
    record Deferred(String table, TableConstraint.ForeignKey key) {
    }

    CreationOrder(List<Table> given) {
        Set<String> names = new HashSet<>(given.stream().map(Table::name).toList());
        Set<String> placed = new HashSet<>();
        Set<Table> left = new LinkedHashSet<>(given);
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> placed.containsAll(references(t, names))).findFirst()
                    .orElse(left.iterator().next());
            left.remove(next);
            placed.add(next.name());
            for (TableConstraint.ForeignKey fk : next.foreignKeys()) {
                if (names.contains(fk.referencedTable()) && !placed.contains(fk.referencedTable())) {
                    deferred.add(new Deferred(next.name(), fk));
                }
            }
            tables.add(next);
        }
    }

    /** The tables, each after those it references. */
    List<Table> tables() {
        return tables;
    }

    /** The foreign keys that close a cycle, each to add after every table exists. */
    List<Deferred> deferred() {
        return deferred;
    }

    /** Whether {@code key} of {@code table} is deferred. */
    boolean isDeferred(String table, TableConstraint.ForeignKey key) {
        return deferred.contains(new Deferred(table, key));
    }

    /** The other tables of the set that {@code table} references. */
    private static Set<String> references(Table table, Set<String> names) {
        Set<String> result = new HashSet<>();
        for (TableConstraint.ForeignKey fk : table.foreignKeys()) {
            if (names.contains(fk.referencedTable()) && !fk.referencedTable().equals(table.name())) {
                result.add(fk.referencedTable());
            }
        }
        return result;
    }
}
