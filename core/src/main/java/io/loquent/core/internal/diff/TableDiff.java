package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The changes that turn a table of the database into the model's table of the same name (renames already applied):
 * columns added, altered and dropped; primary key, unique keys, foreign keys, indexes and checks added or dropped.
 * Keys and indexes compare by what they do ({@link Keys}); a check, or an index on expressions, with a condition, a
 * method or included columns, that the model does not declare is left alone.
 */
final class TableDiff {
    private final ColumnDiff columns;
    private final Dialect dialect;

    TableDiff(ColumnDiff columns, Dialect dialect) {
        this.columns = columns;
        this.dialect = dialect;
    }

    void compare(Table model, Table database, Phases into) {
        String table = model.name();
        compareKeys(model, database, into);
        for (Column want : model.columns()) {
            database.column(want.name()).ifPresentOrElse(
                    have -> {
                        Change change = columns.compare(table, want, have);
                        if (change != null) {
                            into.columns.add(change);
                        }
                    },
                    () -> into.columns.add(new Change(table + "." + want.name() + ": column in the model, not in the"
                            + " database", List.of(new AddColumn(table, plain(want), List.of())),
                            List.of(new DropColumn(table, want.name())), null)));
        }
        for (Column have : database.columns()) {
            if (model.column(have.name()).isEmpty()) {
                into.dropColumns.add(new Change(table + "." + have.name() + ": column in the database, not in the"
                        + " model", List.of(new DropColumn(table, have.name())),
                        List.of(new AddColumn(table, plain(have), List.of())), null));
            }
        }
    }

    private void compareKeys(Table model, Table database, Phases into) {
        String table = model.name();
        List<String> wantKey = model.primaryKey().map(TableConstraint.PrimaryKey::columns).orElse(List.of());
        List<String> haveKey = database.primaryKey().map(TableConstraint.PrimaryKey::columns).orElse(List.of());
        if (!wantKey.equals(haveKey)) {
            database.primaryKey().ifPresent(pk -> into.dropKeys.add(dropped(table, pk, "primary key ("
                    + String.join(", ", haveKey) + ")")));
            model.primaryKey().ifPresent(pk -> into.addKeys.add(added(table, pk, "primary key ("
                    + String.join(", ", wantKey) + ")")));
        }
        Map<List<String>, Object> wantUnique = Keys.uniques(model);
        Map<List<String>, Object> haveUnique = Keys.uniques(database);
        haveUnique.forEach((cols, key) -> {
            if (!wantUnique.containsKey(cols)) {
                into.dropKeys.add(key instanceof Index i ? droppedIndex(table, i)
                        : dropped(table, (TableConstraint) key, "unique (" + String.join(", ", cols) + ")"));
            }
        });
        wantUnique.forEach((cols, key) -> {
            if (!haveUnique.containsKey(cols)) {
                into.addKeys.add(key instanceof Index i ? addedIndex(table, i)
                        : added(table, (TableConstraint) key, "unique (" + String.join(", ", cols) + ")"));
            }
        });
        Map<List<String>, Index> wantIndex = Keys.indexes(model);
        Map<List<String>, Index> haveIndex = Keys.indexes(database);
        haveIndex.forEach((cols, index) -> {
            if (!wantIndex.containsKey(cols)) {
                into.dropKeys.add(droppedIndex(table, index));
            }
        });
        wantIndex.forEach((cols, index) -> {
            if (!haveIndex.containsKey(cols)) {
                into.addKeys.add(addedIndex(table, index));
            }
        });
        Map<String, Index> wantSpec = Keys.specIndexes(model, dialect);
        Map<String, Index> haveSpec = Keys.specIndexes(database, dialect);
        // What a model from JPA cannot say (an expression, a condition, a method) is not taken away: a database's
        // spec index is dropped only when the model declares an index of that name that is different.
        haveSpec.forEach((spec, index) -> {
            if (!wantSpec.containsKey(spec) && model.index(index.name()).isPresent()) {
                into.dropKeys.add(droppedIndex(table, index));
            }
        });
        wantSpec.forEach((spec, index) -> {
            if (!haveSpec.containsKey(spec)) {
                into.addKeys.add(addedIndex(table, index));
            }
        });
        Map<List<Object>, TableConstraint.ForeignKey> wantFk = Keys.foreignKeys(model);
        Map<List<Object>, TableConstraint.ForeignKey> haveFk = Keys.foreignKeys(database);
        haveFk.forEach((signature, fk) -> {
            if (!wantFk.containsKey(signature)) {
                into.dropForeignKeys.add(dropped(table, fk, "foreign key " + Keys.describe(fk)));
            }
        });
        wantFk.forEach((signature, fk) -> {
            if (!haveFk.containsKey(signature)) {
                into.addForeignKeys.add(added(table, fk, "foreign key " + Keys.describe(fk)));
            }
        });
        for (TableConstraint c : model.constraints()) {
            if (c instanceof TableConstraint.Check check && database.constraint(check.name()).isEmpty()) {
                into.addKeys.add(added(table, check, "check (" + check.condition() + ")"));
            }
        }
    }

    static Change added(String table, TableConstraint key, String what) {
        return new Change(key.name() + " on " + table + ": " + what + " in the model, not in the database",
                List.of(new AddConstraint(table, key)), List.of(new DropConstraint(table, key.name(), key.kind())), null);
    }

    static Change dropped(String table, TableConstraint key, String what) {
        return new Change(key.name() + " on " + table + ": " + what + " in the database, not in the model",
                List.of(new DropConstraint(table, key.name(), key.kind())), List.of(new AddConstraint(table, key)), null);
    }

    static Change addedIndex(String table, Index index) {
        return new Change(index.name() + " on " + table + ": " + describe(index) + " in the model, not in the database",
                List.of(create(table, index)), List.of(new DropIndex(index.name(), table)), null);
    }

    static Change droppedIndex(String table, Index index) {
        return new Change(index.name() + " on " + table + ": " + describe(index) + " in the database, not in the model",
                List.of(new DropIndex(index.name(), table)), List.of(create(table, index)), null);
    }

    static Operation create(String table, Index index) {
        return new CreateIndex(table, index, false);
    }

    private static String describe(Index index) {
        return (index.unique() ? "unique index " : "index ") + (index.method() == null ? "" : "using " + index.method()
                + " ") + "(" + index.keys().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")"
                + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                + (index.where() == null ? "" : " where " + index.where());
    }

    /** {@code column} with its type's native name dropped, as an operation declares it. */
    static Column plain(Column column) {
        return column.withType(ColumnDiff.plain(column.type()));
    }

    static boolean sameColumns(Table a, Table b) {
        return Objects.equals(a.columns().stream().map(Column::name).sorted().toList(),
                b.columns().stream().map(Column::name).sorted().toList());
    }
}
