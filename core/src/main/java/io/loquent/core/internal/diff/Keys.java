package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** A full B-tree index over whole columns, which compares by its column list; others compare by {@link #spec}. */
    static boolean plain(Index index) {
        return index.plain();
    }

    /** The indexes that are not {@link #plain}, by {@link #spec}. */
    static Map<String, Index> specIndexes(Table table, Dialect dialect) {
        Map<String, Index> result = new LinkedHashMap<>();
        for (Index index : table.indexes()) {
            if (!index.plain()) {
                result.putIfAbsent(spec(index, dialect), index);
            }
        }
        return result;
    }

    /**
     * What an index does, without its name: {@code unique using gin (a, lower(b)) include (c) where d is null}, its
     * expressions as {@code dialect} compares them, so that the model's spelling and the catalogue's agree.
     */
    static String spec(Index index, Dialect dialect) {
        String keys = index.keys().stream().map(k -> k.column() != null ? k.toString()
                : dialect.comparableExpression(k.expression())).collect(Collectors.joining(", "));
        return (index.unique() ? "unique " : "") + (index.method() == null ? "" : "using " + index.method() + " ")
                + "(" + keys + ")" + (index.include().isEmpty() ? "" : " include (" + String.join(", ",
                index.include()) + ")") + (index.where() == null ? "" : " where "
                + dialect.comparableExpression(index.where()));
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
