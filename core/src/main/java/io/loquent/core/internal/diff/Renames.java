package io.loquent.core.internal.diff;

import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Renames, told apart from a drop and an add, which would lose the data: a table the database has and the model
 * lacks, with exactly the columns of a table the model has and the database lacks; a column a table loses, of the
 * same type as one it gains. A pair counts only when each is the other's sole candidate, so that nothing is guessed
 * between two alike. Each rename is applied to the database's schema, so that what follows compares by the new
 * names, and is marked in the revision to be checked.
 */
final class Renames {
    static final String NOTE = "detected as a rename: check that it is not a drop and an add (--no-renames writes those)";

    private final ColumnDiff columns;
    private Schema database;

    Renames(ColumnDiff columns, Schema database) {
        this.columns = columns;
        this.database = database;
    }

    /** The database's schema with every rename found so far applied. */
    Schema database() {
        return database;
    }

    void tables(List<Table> modelOnly, List<Table> databaseOnly, List<Change> into) {
        for (Pair<Table> p : pairs(modelOnly, databaseOnly, (m, d) -> TableDiff.sameColumns(m, d)
                && m.columns().stream().allMatch(c -> columns.sameType(c, d.column(c.name()).orElseThrow())))) {
            into.add(new Change(p.database().name() + " -> " + p.model().name() + ": table renamed ("
                    + p.database().name() + " in the database, " + p.model().name() + " in the model, same columns)",
                    List.of(new RenameTable(p.database().name(), p.model().name())),
                    List.of(new RenameTable(p.model().name(), p.database().name())), NOTE));
            database = SchemaNames.renameTable(database, p.database().name(), p.model().name());
        }
    }

    /** The column renames of {@code model} against {@code table}, the database's table of the same name. */
    void columns(Table model, Table table, List<Change> into) {
        List<Column> gained = model.columns().stream().filter(c -> table.column(c.name()).isEmpty()).toList();
        List<Column> lost = table.columns().stream().filter(c -> model.column(c.name()).isEmpty()).toList();
        for (Pair<Column> p : pairs(gained, lost, columns::sameType)) {
            String name = model.name();
            into.add(new Change(name + "." + p.database().name() + " -> " + name + "." + p.model().name()
                    + ": column renamed (" + p.database().name() + " in the database, " + p.model().name()
                    + " in the model, both " + ColumnDiff.plain(p.database().type()) + ")",
                    List.of(new RenameColumn(name, p.database().name(), p.model().name())),
                    List.of(new RenameColumn(name, p.model().name(), p.database().name())), NOTE));
            database = SchemaNames.renameColumn(database, name, p.database().name(), p.model().name());
        }
    }

    private record Pair<T>(T model, T database) {
    }

    /** The pairs in which each side is the other's only match. */
    private static <T> List<Pair<T>> pairs(List<T> model, List<T> database, BiPredicate<T, T> match) {
        List<Pair<T>> result = new ArrayList<>();
        for (T m : model) {
            List<T> candidates = database.stream().filter(d -> match.test(m, d)).toList();
            if (candidates.size() == 1 && model.stream().filter(o -> match.test(o, candidates.get(0))).count() == 1) {
                result.add(new Pair<>(m, candidates.get(0)));
            }
        }
        return result;
    }
}
