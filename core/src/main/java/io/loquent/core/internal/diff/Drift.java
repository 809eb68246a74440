package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between the schema a run left and the schema now, object by object and by name, everything
 * compared (unlike a model, a snapshot says all there is): each table, column, key, check, index and sequence
 * created, dropped or changed, one phrase each ({@code index ix_orders_date on orders was dropped outside Loquent}).
 * Values compare by meaning, as the differ compares them: types as the database reads them back, defaults and
 * expressions in the form the database stores. A full unique index and a unique key are one object, since some
 * databases keep one as the other.
 */
public final class Drift {
    private final Dialect dialect;
    private final ColumnDiff columns;
    private final List<String> found = new ArrayList<>();

    private Drift(Dialect dialect) {
        this.dialect = dialect;
        this.columns = new ColumnDiff(dialect);
    }

    /** The changes from {@code then} to {@code now}: tables by name, then sequences. */
    public static List<String> between(Schema then, Schema now, Dialect dialect) {
        Drift drift = new Drift(dialect);
        drift.tables(then, now);
        drift.objects(then.sequences(), now.sequences(), Sequence::name, s -> "sequence " + s.name(),
                s -> "start " + s.start() + ", increment " + s.increment());
        drift.objects(then.views(), now.views(), View::name, v -> "view " + v.name(), v -> "");
        return drift.found;
    }

    /** Table by table, in the order of their names, so that every database reports in the same order. */
    private void tables(Schema then, Schema now) {
        Map<String, Table> before = byName(then.tables(), Table::name);
        Map<String, Table> after = byName(now.tables(), Table::name);
        java.util.SortedSet<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Table was = before.get(name);
            Table is = after.get(name);
            if (was == null) {
                found.add("table " + name + " was created outside Loquent");
            } else if (is == null) {
                found.add("table " + name + " was dropped outside Loquent");
            } else {
                table(was, is);
            }
        }
    }

    private void table(Table then, Table now) {
        String table = now.name();
        if (dialect.keepsComments() && !Objects.equals(then.comment(), now.comment())) {
            found.add("the comment of table " + table + " was changed outside Loquent (" + comment(then.comment())
                    + " then, " + comment(now.comment()) + " now)");
        }
        Map<String, Column> before = byName(then.columns(), Column::name);
        for (Column c : now.columns()) {
            Column was = before.remove(c.name());
            if (was == null) {
                found.add("column " + table + "." + c.name() + " was added outside Loquent");
            } else {
                List<String> changes = columns.changes(was, c);
                if (!changes.isEmpty()) {
                    found.add("column " + table + "." + c.name() + " was changed outside Loquent ("
                            + String.join("; ", changes) + ")");
                }
            }
        }
        before.keySet().forEach(c -> found.add("column " + table + "." + c + " was dropped outside Loquent"));
        objects(keys(then), keys(now), Key::name, k -> k.kind() + " " + k.name() + " on " + table, Key::definition);
    }

    /**
     * Objects of one kind compared by name: created, dropped, or changed where {@code definition} differs.
     */
    private <T> void objects(List<T> then, List<T> now, Function<T, String> name, Function<T, String> describe,
                             Function<T, String> definition) {
        Map<String, T> before = byName(then, name);
        for (T object : now) {
            T was = before.remove(name.apply(object));
            if (was == null) {
                found.add(describe.apply(object) + " was created outside Loquent");
            } else if (!definition.apply(was).equals(definition.apply(object))) {
                found.add(describe.apply(object) + " was changed outside Loquent (" + definition.apply(was)
                        + " then, " + definition.apply(object) + " now)");
            }
        }
        before.values().forEach(o -> found.add(describe.apply(o) + " was dropped outside Loquent"));
    }

    /** A key, check or index of a table, with a definition in which equal objects are equal strings. */
    private record Key(String kind, String name, String definition) {
    }

    private List<Key> keys(Table table) {
        List<Key> keys = new ArrayList<>();
        for (TableConstraint c : table.constraints()) {
            if (c instanceof TableConstraint.PrimaryKey pk) {
                keys.add(new Key("primary key", pk.name(), "(" + String.join(", ", pk.columns()) + ")"));
            } else if (c instanceof TableConstraint.Unique u) {
                Key key = unique(u.name(), u.columns());
                keys.add(new Key(key.kind(), key.name(), key.definition() + deferral(u.deferral())));
            } else if (c instanceof TableConstraint.ForeignKey fk) {
                keys.add(new Key("foreign key", fk.name(), Keys.describe(fk) + " on delete "
                        + Keys.action(fk.onDelete()) + " on update " + Keys.action(fk.onUpdate())
                        + deferral(fk.deferral())));
            } else {
                TableConstraint.Check check = (TableConstraint.Check) c;
                keys.add(new Key("check", check.name(), dialect.comparableExpression(check.condition())));
            }
        }
        for (Index index : table.indexes()) {
            if (index.unique() && index.plain()) {
                keys.add(unique(index.name(), index.columns()));
                continue;
            }
            keys.add(new Key("index", index.name(), Keys.spec(index, dialect)));
        }
        return keys;
    }

    private static String deferral(TableConstraint.Deferral deferral) {
        return deferral == null ? "" : " " + deferral.sql().toLowerCase(java.util.Locale.ROOT);
    }

    private static Key unique(String name, List<String> columns) {
        return new Key("unique key", name, "(" + String.join(", ", columns) + ")");
    }

    private static String comment(String comment) {
        return comment == null ? "no comment" : "'" + comment + "'";
    }

    private static <T> Map<String, T> byName(List<T> objects, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(name.apply(o), o));
        return map;
    }
}
