package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.model.MappedModel;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares an entity model with the database's schema and returns the changes that make the database match, in
 * an order that runs: tables created in foreign-key order and dropped in reverse, keys dropped before the columns
 * they cover and added after them. Each change carries its reverse, for the revision's downgrade. The model's
 * names must already be the database's ({@link Dialect#unquotedName}); tables outside the filter are not compared.
 * Pure: no database, no files.
 */
public final class Differ {
    private final ColumnDiff columns;
    private final Dialect dialect;
    private final boolean renames;
    private final TableFilter filter;

    public Differ(Dialect dialect, boolean renames, TableFilter filter) {
        this.columns = new ColumnDiff(dialect);
        this.dialect = dialect;
        this.renames = renames;
        this.filter = filter;
    }

    public List<Change> compare(MappedModel model, Schema database) {
        List<Table> wanted = model.schema().tables().stream().filter(t -> filter.compares(t.name())).toList();
        Schema have = new Schema(database.tables().stream().filter(t -> filter.compares(t.name())).toList(),
                database.sequences());
        Phases phases = new Phases();
        Renames found = new Renames(columns, have);
        if (renames) {
            found.tables(missing(wanted, have), missing(have.tables(), new Schema(wanted)), phases.renameTables);
            Map<String, Table> renamed = byName(found.database());
            for (Table t : wanted) {
                Table existing = renamed.get(t.name());
                if (existing != null) {
                    found.columns(t, existing, phases.columns);
                }
            }
        }
        have = found.database();
        TableDiff tables = new TableDiff(columns, dialect);
        Map<String, Table> existing = byName(have);
        for (Table t : wanted) {
            Table table = existing.get(t.name());
            if (table != null) {
                tables.compare(t, table, phases);
            }
        }
        create(missing(wanted, have), model.seedRows(), phases);
        drop(missing(have.tables(), new Schema(wanted)), phases);
        sequences(model.schema(), have, phases);
        return phases.inOrder();
    }

    /** Sequences created and dropped by name; one whose start or step changed is reported, not rewritten. */
    private void sequences(Schema model, Schema database, Phases into) {
        for (Sequence want : model.sequences()) {
            if (!filter.compares(want.name())) {
                continue;
            }
            database.sequence(want.name()).ifPresentOrElse(have -> {
                if (have.increment() != want.increment()) {
                    into.sequences.add(ColumnDiff.manual(want.name() + ": sequence increment " + want.increment()
                            + " in the model, " + have.increment() + " in the database"));
                }
            }, () -> into.sequences.add(new Change(want.name() + ": sequence in the model, not in the database",
                    List.of(new CreateSequence(want)), List.of(new DropSequence(want.name())), null)));
        }
        for (Sequence have : database.sequences()) {
            if (filter.compares(have.name()) && model.sequence(have.name()).isEmpty()) {
                into.sequences.add(new Change(have.name() + ": sequence in the database, not in the model",
                        List.of(new DropSequence(have.name())), List.of(new CreateSequence(have)), null));
            }
        }
    }

    /** The tables of {@code tables} that {@code other} lacks. */
    private static List<Table> missing(List<Table> tables, Schema other) {
        Map<String, Table> names = byName(other);
        return tables.stream().filter(t -> !names.containsKey(t.name())).toList();
    }

    /** The schema's tables by name, so that a comparison of n tables looks each up once, not n times. */
    private static Map<String, Table> byName(Schema schema) {
        Map<String, Table> result = new java.util.HashMap<>();
        schema.tables().forEach(t -> result.put(t.name(), t));
        return result;
    }

    /**
     * The changes that build {@code schema} from nothing: its sequences, then its tables in foreign-key order with
     * their indexes, then the foreign keys that close a cycle, then its views; each summary names what it creates.
     */
    public static List<Change> building(Schema schema) {
        Phases phases = new Phases();
        schema.sequences().forEach(s -> phases.sequences.add(new Change("sequence " + s.name(),
                List.of(new CreateSequence(s)), List.of(new DropSequence(s.name())), null)));
        create(schema.tables(), Map.of(), phases, "table ");
        List<Change> changes = new ArrayList<>(phases.inOrder());
        schema.views().forEach(v -> changes.add(new Change("view " + v.name(), List.of(new CreateView(v, false)),
                List.of(new DropView(v.name(), false)), null)));
        return changes;
    }

    private static void create(List<Table> tables, Map<String, List<Map<String, Object>>> seeds, Phases into) {
        create(tables, seeds, into, null);
    }

    /** The tables created; {@code label} names each change ("table x") instead of a model-versus-database line. */
    private static void create(List<Table> tables, Map<String, List<Map<String, Object>>> seeds, Phases into,
                               String label) {
        CreationOrder order = new CreationOrder(tables);
        for (Table table : order.tables()) {
            List<Operation> up = new ArrayList<>();
            up.add(createTable(table, fk -> !order.isDeferred(table.name(), fk)));
            table.indexes().forEach(i -> up.add(TableDiff.create(table.name(), i)));
            List<Map<String, Object>> rows = seeds.getOrDefault(table.name(), List.of());
            if (!rows.isEmpty()) {
                up.add(new BulkInsert(table.name(), rows));
            }
            String summary = label != null ? label + table.name() : table.name() + ": table in the model, not in the database";
            into.createTables.add(new Change(summary, up,
                    List.of(new DropTable(table.name())), null));
        }
        for (CreationOrder.Deferred d : order.deferred()) {
            Change added = TableDiff.added(d.table(), d.key(), "foreign key " + Keys.describe(d.key()));
            into.addForeignKeys.add(label == null ? added : new Change("foreign key " + d.key().name() + " on "
                    + d.table() + ", closing a cycle", added.upgrade(), added.downgrade(), null));
        }
    }

    private static void drop(List<Table> tables, Phases into) {
        // Created in this order on the way down, so dropped in its reverse on the way up.
        CreationOrder order = new CreationOrder(tables);
        for (CreationOrder.Deferred d : order.deferred()) {
            into.dropForeignKeys.add(new Change(d.key().name() + " on " + d.table() + ": foreign key "
                    + Keys.describe(d.key()) + " of a table in the database, not in the model",
                    List.of(new DropConstraint(d.table(), d.key().name(), TableConstraint.Kind.FOREIGN_KEY)),
                    List.of(new AddConstraint(d.table(), d.key())), null));
        }
        List<Table> reversed = new ArrayList<>(order.tables());
        java.util.Collections.reverse(reversed);
        for (Table table : reversed) {
            List<Operation> down = new ArrayList<>();
            down.add(createTable(table, fk -> !order.isDeferred(table.name(), fk)));
            table.indexes().forEach(i -> down.add(TableDiff.create(table.name(), i)));
            into.dropTables.add(new Change(table.name() + ": table in the database, not in the model",
                    List.of(new DropTable(table.name())), down, null));
        }
    }

    private static CreateTable createTable(Table table, java.util.function.Predicate<TableConstraint.ForeignKey> now) {
        List<Column> cols = table.columns().stream().map(TableDiff::plain).toList();
        List<TableConstraint> constraints = table.constraints().stream()
                .filter(c -> !(c instanceof TableConstraint.ForeignKey fk) || now.test(fk)).toList();
        return new CreateTable(table.name(), cols, constraints, table.comment());
    }
}
