package io.loquent.core.internal.diff;

import static io.loquent.core.internal.diff.RandomValues.name;
import static io.loquent.core.internal.diff.RandomValues.sql;
import static io.loquent.core.internal.diff.RandomValues.text;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.dsl.NamingConvention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random changes of every operation the writer writes, limited to records the DSL can state: key columns NOT NULL,
 * the primary key first, an added column's own constraints named by the convention, types without native names.
 */
final class RandomChanges {
    private final NamingConvention naming;

    RandomChanges(NamingConvention naming) {
        this.naming = naming;
    }

    Arbitrary<List<Change>> changes() {
        Arbitrary<List<Operation>> operations = operation().list().ofMaxSize(3);
        return Combinators.combine(text(), operations, operations, text().injectNull(0.6)).as(Change::new)
                .list().ofMinSize(1).ofMaxSize(5);
    }

    Arbitrary<Operation> operation() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, createTable()), net.jqwik.api.Tuple.of(2, addColumn()),
                net.jqwik.api.Tuple.of(2, alterColumn()), net.jqwik.api.Tuple.of(2, addConstraint()),
                net.jqwik.api.Tuple.of(2, bulkInsert()), net.jqwik.api.Tuple.of(3, simple()));
    }

    private Arbitrary<Operation> simple() {
        return Arbitraries.oneOf(tableName().map(DropTable::new),
                Combinators.combine(tableName(), columnName()).as(RenameTable::new),
                Combinators.combine(tableName(), name()).as(DropColumn::new),
                Combinators.combine(tableName(), name(), name()).as(RenameColumn::new),
                Combinators.combine(name(), tableName(), name().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                        .as(CreateIndex::new),
                Combinators.combine(name(), tableName()).as(DropIndex::new),
                Combinators.combine(tableName(), name(), Arbitraries.of(TableConstraint.Kind.class).injectNull(0.4))
                        .as(DropConstraint::new),
                sql().map(ExecuteSql::new));
    }

    private Arbitrary<Column> column() {
        return Combinators.combine(name(), RandomValues.type(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                RandomValues.defaultValue().injectNull(0.4), text().injectNull(0.7)).as(Column::new);
    }

    private Arbitrary<Operation> createTable() {
        Arbitrary<List<Column>> columns = column().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Column::name);
        return Combinators.combine(tableName(), columns, text().injectNull(0.7)).flatAs((table, cols, comment) -> {
            List<String> names = cols.stream().map(Column::name).toList();
            Arbitrary<List<String>> key = Combinators.combine(Arbitraries.shuffle(names),
                    Arbitraries.integers().between(0, Math.min(3, names.size()))).as((s, n) -> s.subList(0, n));
            Arbitrary<String> keyName = Arbitraries.oneOf(Arbitraries.just(naming.primaryKeyName(table)), name());
            Arbitrary<List<TableConstraint>> own = columnConstraints(table, names);
            Arbitrary<List<TableConstraint>> others = constraint(table, names)
                    .filter(c -> !(c instanceof TableConstraint.PrimaryKey)).list().ofMaxSize(4);
            return Combinators.combine(key, keyName, own, others, Arbitraries.of(true, false))
                    .as((k, kn, o, t, shuffle) -> {
                        List<TableConstraint> all = new ArrayList<>(o);
                        all.addAll(t);
                        if (shuffle) {
                            java.util.Collections.shuffle(all, new java.util.Random(all.size()));
                        }
                        if (!k.isEmpty()) {
                            all.add(0, new TableConstraint.PrimaryKey(kn, k));
                        }
                        List<Column> keyed = cols.stream().map(c -> k.contains(c.name()) ? notNull(c) : c).toList();
                        return new CreateTable(table, keyed, all, comment);
                    });
        });
    }

    private static Column notNull(Column c) {
        return new Column(c.name(), c.type(), false, c.autoIncrement(), c.defaultValue(), c.comment());
    }

    /** The constraints a column's spec declares, column by column, as the DSL records them. */
    private Arbitrary<List<TableConstraint>> columnConstraints(String table, List<String> columns) {
        List<Arbitrary<List<TableConstraint>>> perColumn = new ArrayList<>();
        for (String column : columns) {
            Arbitrary<TableConstraint> unique = Arbitraries.just(
                    new TableConstraint.Unique(naming.uniqueName(table, List.of(column)), List.of(column)));
            Arbitrary<TableConstraint> key = Combinators.combine(tableName(), columnName(), action(), action())
                    .as((ref, refColumn, onDelete, onUpdate) -> new TableConstraint.ForeignKey(
                            naming.foreignKeyName(table, List.of(column), ref), List.of(column), ref,
                            List.of(refColumn), onDelete, onUpdate));
            perColumn.add(Combinators.combine(unique.injectNull(0.6), key.injectNull(0.6)).as((u, k) -> {
                List<TableConstraint> own = new ArrayList<>();
                if (u != null) {
                    own.add(u);
                }
                if (k != null) {
                    own.add(k);
                }
                return own;
            }));
        }
        return Combinators.combine(perColumn).as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    /** A table's name: bare, or one dot between a schema and a table ({@link io.loquent.api.schema.TableName}). */
    private static Arbitrary<String> tableName() {
        return name().filter(n -> {
            try {
                return io.loquent.api.schema.TableName.parse(n) != null;
            } catch (io.loquent.api.DefinitionException e) {
                return false;
            }
        });
    }

    private static Arbitrary<String> columnName() {
        return name().filter(n -> n.indexOf('.') < 0);
    }

    private static Arbitrary<ReferentialAction> action() {
        return Arbitraries.of(ReferentialAction.class).injectNull(0.5);
    }

    /** Any constraint over the columns, named by the convention or not. */
    private Arbitrary<TableConstraint> constraint(String table, List<String> columns) {
        Arbitrary<List<String>> over = Arbitraries.shuffle(columns).flatMap(s -> Arbitraries.integers()
                .between(1, Math.min(2, s.size())).map(n -> s.subList(0, n)));
        Arbitrary<TableConstraint> unique = Combinators.combine(over, name(), Arbitraries.of(true, false))
                .as((cols, n, convention) -> new TableConstraint.Unique(
                        convention ? naming.uniqueName(table, cols) : n, cols));
        Arbitrary<TableConstraint> key = Combinators.combine(over, tableName(), name(), Arbitraries.of(true, false),
                action(), action()).flatAs((cols, ref, n, convention, onDelete, onUpdate) ->
                name().list().ofSize(cols.size()).map(refs -> new TableConstraint.ForeignKey(
                        convention ? naming.foreignKeyName(table, cols, ref) : n, cols, ref, refs, onDelete, onUpdate)));
        Arbitrary<TableConstraint> check = Combinators.combine(name(), sql(), Arbitraries.of(true, false))
                .as((n, condition, convention) -> new TableConstraint.Check(
                        convention ? naming.checkName(table, n) : n, condition));
        Arbitrary<TableConstraint> primaryKey = Combinators.combine(over, name())
                .as((cols, n) -> new TableConstraint.PrimaryKey(n, cols));
        return Arbitraries.oneOf(unique, key, check, primaryKey);
    }

    private Arbitrary<Operation> addColumn() {
        return Combinators.combine(tableName(), column(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                tableName(), columnName(), action(), action()).as((table, column, key, unique, ref, refColumn, d, u) -> {
            List<TableConstraint> own = new ArrayList<>();
            if (key) {
                own.add(new TableConstraint.PrimaryKey(naming.primaryKeyName(table), List.of(column.name())));
            }
            if (unique) {
                own.add(new TableConstraint.Unique(naming.uniqueName(table, List.of(column.name())),
                        List.of(column.name())));
            }
            if (d != null || ref.length() % 2 == 0) {
                own.add(new TableConstraint.ForeignKey(naming.foreignKeyName(table, List.of(column.name()), ref),
                        List.of(column.name()), ref, List.of(refColumn), d, u));
            }
            return new AddColumn(table, key ? notNull(column) : column, own);
        });
    }

    private Arbitrary<Operation> alterColumn() {
        Arbitrary<AlterColumn.DefaultChange> defaults = Arbitraries.oneOf(Arbitraries.just(AlterColumn.DefaultChange
                .drop()), RandomValues.defaultValue().map(AlterColumn.DefaultChange::new));
        return Combinators.combine(tableName(), name(), RandomValues.type().injectNull(0.6),
                Arbitraries.of(true, false).injectNull(0.6), RandomValues.type().injectNull(0.5),
                Arbitraries.of(true, false).injectNull(0.5), defaults.injectNull(0.5), text().injectNull(0.7))
                .as((table, column, type, nullable, existingType, existingNullable, change, comment) ->
                        new AlterColumn(table, column, type, nullable, change,
                                type == null || change == null ? column + "_2" : null, comment, existingType,
                                existingNullable));
    }

    private Arbitrary<Operation> addConstraint() {
        return Combinators.combine(tableName(), name().list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .flatAs((table, columns) -> constraint(table, columns).map(c -> new AddConstraint(table, c)));
    }

    private Arbitrary<Operation> bulkInsert() {
        Arbitrary<Map<String, Object>> row = Combinators.combine(name().list().ofMinSize(1).ofMaxSize(12)
                .uniqueElements(), Arbitraries.of(0, 1, 2)).flatAs((columns, order) ->
                RandomValues.rowValue().list().ofSize(columns.size()).map(values -> {
                    Map<String, Object> map = order == 2 ? new TreeMap<>() : new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        map.put(columns.get(i), values.get(i));
                    }
                    return order == 0 && !map.containsValue(null) ? Map.copyOf(map) : map;
                }));
        return Combinators.combine(tableName(), row.list().ofMinSize(1).ofMaxSize(3)).as(BulkInsert::new);
    }
}
