package io.loquent.core.internal.diff;

import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's keys and indexes by what they do rather than by name, so that two schemas compare even where names
 * differ: a database that keeps a unique index as a unique key (MySQL) and one that reads back {@code NO ACTION} as
 * no action at all still agree with a model that says the same thing.
 */
final class Keys {
    private Keys() {
    }

    /** A unique constraint or a full unique index over plain columns, by its column list. */
    static Map<List<String>, Object> uniques(Table table) {
        Map<List<String>, Object> result = new LinkedHashMap<>();
        for (TableConstraint c : table.constraints()) {
            if (c instanceof TableConstraint.Unique u) {
                result.putIfAbsent(u.columns(), u);
            }
        }
        for (Index index : table.indexes()) {
            if (index.unique() && plain(index)) {
                result.putIfAbsent(index.columns(), index);
            }
        }
        return result;
    }

    /** The non-unique full indexes over plain columns, by their column list. */
    static Map<List<String>, Index> indexes(Table table) {
        Map<List<String>, Index> result = new LinkedHashMap<>();
        for (Index index : table.indexes()) {
            if (!index.unique() && plain(index)) {
                result.putIfAbsent(index.columns(), index);
            }
        }
        return result;
    }

    /** The foreign keys by what they reference and do. */
    static Map<List<Object>, TableConstraint.ForeignKey> foreignKeys(Table table) {
        Map<List<Object>, TableConstraint.ForeignKey> result = new LinkedHashMap<>();
        for (TableConstraint.ForeignKey fk : table.foreignKeys()) {
            result.putIfAbsent(List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    action(fk.onDelete()), action(fk.onUpdate())), fk);
        }
        return result;
    }

    /** An index Loquent can create and compare: full, over columns only. Others (partial, expression) are left alone. */
    static boolean plain(Index index) {
        return index.where() == null && index.keys().stream().allMatch(k -> k.column() != null);
    }

    /** {@code NO ACTION} and {@code RESTRICT} read back as "none given" on some databases: all three are one here. */
    static String action(ReferentialAction action) {
        return action == null || action == ReferentialAction.NO_ACTION || action == ReferentialAction.RESTRICT
                ? "default" : action.name();
    }

    static String describe(TableConstraint.ForeignKey fk) {
        return "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable() + " ("
                + String.join(", ", fk.referencedColumns()) + ")";
    }

    static List<IndexKey> keys(List<String> columns) {
        return columns.stream().map(IndexKey::of).toList();
    }
}
