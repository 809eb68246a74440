package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a finished {@link TableDraft} so that a rebuild never loses something silently.
 *
 * <p>A dropped column takes with it what involves only that column (its own clauses, a one-column index, unique key
 * or foreign key, a check on it alone), as PostgreSQL's DROP COLUMN does, and each such removal is logged. What also
 * involves other columns (a composite index or key, a check over several columns, a generated column) is an error
 * that says what to drop first, and so is a trigger or view whose text names the column. Foreign keys of other
 * tables must still find a primary key or unique key on
 * the columns they reference.
 */
final class DraftChecks {
    private final TableDraft draft;
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> allColumns = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    private DraftChecks(TableDraft draft) {
        this.draft = draft;
        draft.names.dropped().forEach(s -> dropped.add(SqlToken.key(s.rebuild)));
        draft.names.dropped().forEach(s -> allColumns.add(SqlToken.key(s.rebuild)));
        draft.names.live().forEach(s -> allColumns.add(SqlToken.key(s.rebuild)));
    }

    static void verify(TableDraft draft) {
        DraftChecks checks = new DraftChecks(draft);
        if (!checks.dropped.isEmpty()) {
            checks.droppedColumns();
        }
        checks.parentKeys();
        if (!checks.problems.isEmpty()) {
            throw new LoquentException("cannot rebuild table '" + draft.table() + "' as asked: "
                    + String.join("; ", checks.problems) + ". Nothing was changed");
        }
    }

    private void droppedColumns() {
        for (Iterator<TableConstraintDefinition> it = draft.constraints.iterator(); it.hasNext(); ) {
            TableConstraintDefinition c = it.next();
            Set<String> used = c.kind() == TableConstraint.Kind.CHECK ? columnsIn(c.body()) : keys(c.columns());
            if (removable(used, c.describe())) {
                it.remove();
            }
        }
        for (ColumnDefinition column : draft.columns) {
            for (ColumnClause clause : column.clauses()) {
                if ((clause.kind() == Kind.CHECK || clause.kind() == Kind.GENERATED)
                        && !disjoint(columnsIn(clause.body()))) {
                    problems.add("column '" + column.name() + "' (" + clause.body() + ") uses a dropped column;"
                            + " change or drop that column first");
                }
            }
        }
        for (Iterator<IndexInfo> it = draft.indexes.iterator(); it.hasNext(); ) {
            IndexInfo index = it.next();
            Set<String> used = columnsIn(index.sql().substring(Math.max(0, index.sql().indexOf('('))));
            boolean plain = !index.partial() && !index.hasExpressions();
            if (!disjoint(used) && plain && dropped.containsAll(keys(index.columns()))) {
                draft.notes.add("index '" + index.name() + "' goes with its dropped column");
                it.remove();
            } else if (!disjoint(used)) {
                problems.add("index '" + index.name() + "' uses a dropped column together with other columns or in an"
                        + " expression; drop the index first (dropIndex)");
            }
        }
        draft.newIndexes.removeIf(ix -> removable(keys(ix.columns()), "index '" + ix.name() + "'"));
        draft.snapshot.triggers().forEach(t -> objectUses("trigger", t));
        draft.snapshot.otherTriggers().forEach(t -> objectUses("trigger", t));
        draft.snapshot.views().stream().filter(SchemaObject::works).forEach(v -> objectUses("view", v));
    }

    /** True when {@code used} is all dropped (the object goes too); a problem when it is partly dropped. */
    private boolean removable(Set<String> used, String what) {
        if (disjoint(used)) {
            return false;
        }
        if (dropped.containsAll(used)) {
            draft.notes.add(what + " goes with its dropped column");
            return true;
        }
        problems.add(what + " uses a dropped column together with other columns; drop it first");
        return false;
    }

    /** Triggers and views are SQL text that SQLite does not check until they run, so a name match is refused. */
    private void objectUses(String kind, SchemaObject object) {
        Set<String> used = columnsIn(object.sql());
        used.remove(SqlToken.key(object.name()));
        if (!disjoint(used)) {
            String drop = kind.equals("view") ? "op.dropView(\"" + object.name() + "\")"
                    : "op.execute(\"DROP TRIGGER …\")";
            String create = kind.equals("view") ? "op.createView" : "op.execute";
            problems.add(kind + " '" + object.name() + "' may use a dropped column; drop the " + kind + " first ("
                    + drop + ") and create it again afterwards (" + create + ")");
        }
    }

    /** Every foreign key of another table that references this one still needs a key on its referenced columns. */
    private void parentKeys() {
        for (ChildKey child : draft.snapshot.children()) {
            if (child.table().equalsIgnoreCase(draft.table())) {
                continue; // its own foreign keys are in the draft; PRAGMA foreign_key_check covers them
            }
            if (!child.referenced().isEmpty() && !disjoint(keys(child.referenced()))) {
                problems.add(child.describe() + " references a dropped column of '" + draft.table()
                        + "'; drop or change that foreign key first");
            } else if (!ParentKeys.has(draft, child) && hadKeyBefore(child)) {
                problems.add(child.describe() + " references " + draft.table() + " ("
                        + (child.referenced().isEmpty() ? "its primary key" : String.join(", ", child.referenced()))
                        + "), which would no longer be a primary key or unique; keep that key, or drop or change the"
                        + " foreign key first");
            }
        }
    }

    /** A key that was missing before the change is not this change's doing, and not refused here. */
    private boolean hadKeyBefore(ChildKey child) {
        return ParentKeys.has(new TableDraft(draft.snapshot, draft.words), child);
    }

    private Set<String> columnsIn(String sql) {
        Set<String> used = ExpressionNames.in(sql);
        used.retainAll(allColumns);
        return used;
    }

    private boolean disjoint(Set<String> used) {
        return used.stream().noneMatch(dropped::contains);
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.stream().filter(java.util.Objects::nonNull).forEach(n -> keys.add(SqlToken.key(n)));
        return keys;
    }
}
