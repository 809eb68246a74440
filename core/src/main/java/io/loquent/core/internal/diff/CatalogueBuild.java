package io.loquent.core.internal.diff;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes that build a schema read from a catalogue, in the form the DSL can write, and what that form leaves
 * out, as a note on the table's change. SQLite lets a primary-key column that is not an {@code INTEGER} one hold NULL
 * unless it is declared NOT NULL (a bug it keeps for compatibility:
 * https://www.sqlite.org/lang_createtable.html#the_primary_key); the DSL makes key columns NOT NULL, so such a column
 * is built NOT NULL. Every index is built, with its expressions, condition, method and included columns.
 */
public final class CatalogueBuild {
    private final List<Change> changes = new ArrayList<>();
    private final List<String> omissions = new ArrayList<>();

    /** @param schema what the catalogue holds, or any schema (one the DSL built needs no note) */
    public CatalogueBuild(Schema schema) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            List<String> said = new ArrayList<>();
            tables.add(keyColumnsNotNull(table, said));
            if (!said.isEmpty()) {
                notes.put("table " + table.name(), said);
                said.forEach(s -> omissions.add(table.name() + ": " + s));
            }
        }
        for (Change change : Differ.building(new Schema(tables, schema.sequences(), schema.views()))) {
            List<String> note = notes.get(change.summary());
            changes.add(note == null ? change
                    : new Change(change.summary(), change.upgrade(), change.downgrade(), String.join("\n", note)));
        }
    }

    /** As {@link Differ#building}, with the notes. */
    public List<Change> changes() {
        return changes;
    }

    /** What the changes leave out or change, one line each ({@code table: what}); empty when they build it all. */
    public List<String> omissions() {
        return omissions;
    }

    private static Table keyColumnsNotNull(Table table, List<String> said) {
        List<String> key = table.primaryKey().map(TableConstraint.PrimaryKey::columns).orElse(List.of());
        Table built = table;
        for (Column c : table.columns()) {
            if (c.nullable() && key.contains(c.name())) {
                built = built.withColumn(c.withNullable(false));
                said.add("key column " + c.name() + " may hold NULL in the database (SQLite allows it); it is built"
                        + " NOT NULL, as the DSL makes key columns");
            }
        }
        return built;
    }
}
