package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.dialect.sqlite.internal.ColumnNames.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a finished {@link TableDraft} as SQLite's general table change
 * (https://www.sqlite.org/lang_altertable.html#otheralter): create the new table under a scratch name, copy the rows,
 * drop the old table, give the new one its name, recreate indexes and triggers, restore the AUTOINCREMENT counter,
 * then run the batch's renames as {@code RENAME COLUMN} and check that the views using the table still compile.
 *
 * <p>Rows are copied without CAST: the new column's type affinity converts a value only where the conversion loses
 * nothing (text {@code '12'} into an INTEGER column becomes 12, {@code 'abc'} stays text), where CAST would turn
 * {@code 'abc'} into 0 or reinterpret a blob. A STRICT table refuses a value that does not fit, so the copy fails
 * instead of changing data. Rowids are copied too, so that a row keeps its rowid.
 *
 * <p>The scratch table gets its name with {@code PRAGMA legacy_alter_table} on: the old table is gone by then, and
 * SQLite's modern RENAME would re-check every view and trigger that names it and fail; the legacy rename touches
 * nothing but the renamed table, so views and the foreign keys of other tables, which name the table, simply see
 * the new one.
 */
final class RebuildWriter {
    private final TableDraft draft;
    private final UnaryOperator<String> q;

    private RebuildWriter(TableDraft draft) {
        this.draft = draft;
        this.q = draft.quote();
    }

    static List<String> write(TableDraft draft) {
        return new RebuildWriter(draft).statements();
    }

    private List<String> statements() {
        TableSnapshot snapshot = draft.snapshot;
        String table = q.apply(draft.table());
        String scratch = q.apply(snapshot.scratchName());
        TableDefinition target = draft.definition();
        List<String> sql = new ArrayList<>();
        sql.add(target.createSql(snapshot.scratchName(), q));
        copy(target, scratch, table).ifPresent(sql::add);
        sql.add("DROP TABLE " + table);
        if (!snapshot.session().legacyAlterTable()) {
            sql.add("PRAGMA legacy_alter_table = ON");
        }
        sql.add("ALTER TABLE " + scratch + " RENAME TO " + table);
        if (!snapshot.session().legacyAlterTable()) {
            sql.add("PRAGMA legacy_alter_table = OFF");
        }
        draft.indexes.forEach(ix -> sql.add(ix.sql()));
        draft.newIndexes.forEach(ix -> sql.add(ix.sql(draft.table(), q)));
        snapshot.triggers().forEach(t -> sql.add(t.sql()));
        if (target.autoincrement() && snapshot.sequence() != null) {
            String name = draft.words.literal(draft.table());
            String seq = draft.words.literal(snapshot.sequence());
            sql.add("UPDATE sqlite_sequence SET seq = " + seq + " WHERE name = " + name + " AND seq < " + seq);
            sql.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + name + ", " + seq
                    + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + name + ")");
        }
        for (RenameOrder.Step step : renames(target)) {
            sql.add("ALTER TABLE " + table + " RENAME COLUMN " + q.apply(step.from()) + " TO " + q.apply(step.to()));
        }
        snapshot.views().stream().filter(SchemaObject::works)
                .forEach(v -> sql.add("SELECT * FROM " + q.apply(v.name()) + " LIMIT 0"));
        return sql;
    }

    /** The INSERT … SELECT that moves the rows, or nothing when there is nothing to move. */
    private java.util.Optional<String> copy(TableDefinition target, String scratch, String table) {
        TableDefinition old = draft.snapshot.definition();
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (ColumnDefinition column : target.columns()) {
            Slot slot = draft.names.byRebuildName(column.name());
            if (!column.generated() && slot.source != null) {
                into.add(q.apply(column.name()));
                from.add(q.apply(slot.source));
            }
        }
        String oldRowid = old.withoutRowid() ? null : RowidNames.free(names(old));
        String alias = target.rowidAlias();
        if (oldRowid != null && !target.withoutRowid()) {
            if (alias != null && draft.names.byRebuildName(alias).source == null) {
                into.add(q.apply(alias));   // a new integer key takes the rows' rowids
                from.add(oldRowid);
            } else if (alias == null && RowidNames.free(names(target)) != null) {
                into.add(RowidNames.free(names(target)));
                from.add(oldRowid);
            }
        }
        if (into.isEmpty()) {
            Long rows = draft.snapshot.rows();
            if (rows == null || rows > 0) {
                throw new LoquentException("cannot rebuild table '" + draft.table() + "': none of its columns is kept,"
                        + " so its " + (rows == null ? "rows (which an offline script cannot count)" : rows + " rows")
                        + " cannot be copied. Keep at least one column");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("INSERT INTO " + scratch + " (" + String.join(", ", into) + ") SELECT "
                + String.join(", ", from) + " FROM " + table);
    }

    private List<RenameOrder.Step> renames(TableDefinition target) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Slot slot : draft.names.live()) {
            if (!slot.current.equals(slot.rebuild)) {
                wanted.put(slot.rebuild, slot.current);
            }
        }
        return RenameOrder.of(wanted, names(target));
    }

    private static List<String> names(TableDefinition table) {
        return table.columns().stream().map(ColumnDefinition::name).toList();
    }
}
