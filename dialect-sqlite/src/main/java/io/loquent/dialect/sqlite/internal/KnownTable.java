package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A table's {@link TableSnapshot} taken from the schema the revision history builds, for offline scripts, which have
 * no catalogue to read. The table is rendered as the {@code CREATE TABLE} and {@code CREATE INDEX} statements the
 * dialect writes for it and parsed back with the parser that reads {@code sqlite_master} online, so that both ways
 * the rebuild starts from the same kind of definition.
 *
 * <p>What the model cannot know is settled as the script will find it: no triggers name the table (only raw SQL makes
 * those, and raw SQL naming the table makes {@link KnownSchema#table} refuse), and the views that name it are those
 * the history creates with {@code createView}; no AUTOINCREMENT counter
 * (Loquent declares its keys as the rowid alias, without the keyword); the session as SQLite's shell starts it
 * ({@code legacy_alter_table} off) after the script's first statement has turned foreign-key enforcement off
 * ({@code SqliteRunHooks}); and a library recent enough for DROP COLUMN. The row count is unknown.
 */
public final class KnownTable {
    /** The oldest SQLite an offline script is written for: DROP COLUMN came with 3.35 (2021). */
    static final String ASSUMED_VERSION = "3.35.0";

    private KnownTable() {
    }

    /**
     * The snapshot of {@code table} as the history leaves it.
     *
     * @param render the dialect's rendering of an operation, for the table's own statements
     * @throws LoquentException when the history does not tell the table's definition ({@link KnownSchema#table})
     */
    public static TableSnapshot snapshot(KnownSchema known, String table, Function<Operation, List<String>> render) {
        Table model = known.table(table);
        String create = render.apply(new CreateTable(model.name(), model.columns(), model.constraints(),
                model.comment())).get(0);
        TableDefinition definition;
        try {
            definition = CreateTableParser.parse(create);
        } catch (SqlSyntaxException e) {
            throw new IllegalStateException("the dialect's own CREATE TABLE does not parse: " + create, e);
        }
        List<IndexInfo> indexes = new ArrayList<>();
        for (Index index : model.indexes()) {
            // the replayed index has its whole spec, so it is restated as the catalogue would hold it
            String sql = render.apply(new CreateIndex(model.name(), index, false)).get(0);
            List<String> columns = index.keys().stream().map(IndexKey::column).toList();
            indexes.add(new IndexInfo(index.name(), sql, index.unique(), index.where() != null, columns));
        }
        List<SchemaObject> views = new ArrayList<>();
        for (View view : known.schema().views()) {
            if (ExpressionNames.mentions(view.definition(), model.name())) {
                views.add(new SchemaObject(view.name(), view.name(), render.apply(new CreateView(view, false)).get(0),
                        true));
            }
        }
        return new TableSnapshot(definition, indexes, List.of(), List.of(), views, children(known, model.name()),
                null, null, new TableSnapshot.Session(false, false, ASSUMED_VERSION), scratchName(known, model.name()));
    }

    /** Every foreign key of the schema that references {@code table}, its own included. */
    private static List<ChildKey> children(KnownSchema known, String table) {
        List<ChildKey> children = new ArrayList<>();
        for (Table other : known.schema().tables()) {
            for (TableConstraint.ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equalsIgnoreCase(table)) {
                    children.add(new ChildKey(other.name(), fk.columns(), fk.referencedColumns()));
                }
            }
        }
        return children;
    }

    /** A name no table or index of the schema has, as {@code TableCatalog} chooses it online. */
    private static String scratchName(KnownSchema known, String table) {
        Set<String> taken = new HashSet<>();
        for (Table t : known.schema().tables()) {
            taken.add(t.name().toLowerCase(Locale.ROOT));
            t.indexes().forEach(i -> taken.add(i.name().toLowerCase(Locale.ROOT)));
        }
        String base = "_loquent_rebuild_" + table;
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
