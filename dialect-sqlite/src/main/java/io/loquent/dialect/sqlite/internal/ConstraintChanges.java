package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Adds and drops named constraints in a {@link TableDraft}. New constraints become table constraints with their name
 * ({@code CONSTRAINT "uq_users_email" UNIQUE ("email")}) so that a later revision can drop them by name; a constraint
 * is dropped by finding its name in the table's SQL, at table or column level.
 */
final class ConstraintChanges {
    private final TableDraft draft;

    ConstraintChanges(TableDraft draft) {
        this.draft = draft;
    }

    void add(TableConstraint constraint) {
        draft.requireNewConstraintName(constraint.name());
        UnaryOperator<String> q = draft.quote();
        ColumnNames names = draft.names;
        if (constraint instanceof TableConstraint.PrimaryKey pk) {
            if (draft.hasPrimaryKey()) {
                throw new LoquentException("cannot add primary key '" + pk.name() + "' to table '" + draft.table()
                        + "': it has one already. Drop that one first (dropConstraint)");
            }
            List<String> columns = pk.columns().stream().map(names::rebuildName).toList();
            add(constraint, columns, "PRIMARY KEY (" + list(columns) + ")");
            for (String column : pk.columns()) {
                ColumnNames.Slot slot = names.resolve(column);
                if (slot.source != null) {
                    draft.rowChecks.add(new RowCheck.NotNull("cannot add primary key '" + pk.name() + "' to table '"
                            + draft.table() + "'", slot.source));
                }
            }
            uniqueCheck("cannot add primary key '" + pk.name() + "' to table '" + draft.table() + "'", pk.columns());
        } else if (constraint instanceof TableConstraint.Unique uq) {
            List<String> columns = uq.columns().stream().map(names::rebuildName).toList();
            add(constraint, columns, "UNIQUE (" + list(columns) + ")" + Deferrals.clause(uq, uq.deferral()));
            uniqueCheck("cannot add unique constraint '" + uq.name() + "' to table '" + draft.table() + "'",
                    uq.columns());
        } else if (constraint instanceof TableConstraint.ForeignKey fk) {
            List<String> columns = fk.columns().stream().map(names::rebuildName).toList();
            boolean self = fk.referencedTable().equalsIgnoreCase(draft.table());
            List<String> referenced = self ? fk.referencedColumns().stream().map(names::rebuildName).toList()
                    : fk.referencedColumns();
            add(constraint, columns, "FOREIGN KEY (" + list(columns) + ") REFERENCES " + q.apply(fk.referencedTable())
                    + " (" + list(referenced) + ")"
                    + (fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().sql())
                    + (fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate().sql())
                    + Deferrals.clause(fk, fk.deferral()));
        } else {
            TableConstraint.Check ck = (TableConstraint.Check) constraint;
            Map<String, String> renames = names.currentToRebuild();
            String condition = renames.isEmpty() ? ck.condition() : ExpressionNames.rename(ck.condition(), renames, q);
            add(constraint, List.of(), "CHECK (" + condition + ")");
            draft.rowChecks.add(new RowCheck.Check("cannot add check constraint '" + ck.name() + "' to table '"
                    + draft.table() + "'", condition));
        }
    }

    private void add(TableConstraint constraint, List<String> columns, String body) {
        draft.constraints.add(new TableConstraintDefinition(constraint.kind(), constraint.name(), columns, body));
    }

    private String list(List<String> columns) {
        return String.join(", ", columns.stream().map(draft.quote()).toList());
    }

    /** Duplicates can only be looked for among the old table's columns. */
    private void uniqueCheck(String what, List<String> columns) {
        List<ColumnNames.Slot> slots = columns.stream().map(draft.names::resolve).toList();
        if (slots.stream().allMatch(s -> s.source != null)) {
            draft.rowChecks.add(new RowCheck.Unique(what, slots.stream().map(s -> s.source).toList()));
        }
    }

    void drop(String name, TableConstraint.Kind kind) {
        for (TableConstraintDefinition c : draft.constraints) {
            if (name.equalsIgnoreCase(c.name())) {
                requireKind(name, c.kind(), kind);
                draft.constraints.remove(c);
                return;
            }
        }
        for (ColumnDefinition column : draft.columns) {
            for (ColumnClause clause : column.clauses()) {
                if (name.equalsIgnoreCase(clause.name())) {
                    requireKind(name, kindOf(clause.kind()), kind);
                    draft.replace(column, column.without(clause));
                    return;
                }
            }
        }
        long unnamed = draft.constraints.stream().filter(c -> c.name() == null).count();
        throw new LoquentException("constraint '" + name + "' does not exist on table '" + draft.table() + "': its"
                + " named constraints are " + draft.constraintNames()
                + (unnamed > 0 ? ", and " + unnamed + " unnamed ones cannot be dropped by name" : "")
                + ". Check the name");
    }

    private void requireKind(String name, TableConstraint.Kind actual, TableConstraint.Kind expected) {
        if (expected != null && actual != expected) {
            throw new LoquentException("constraint '" + name + "' on table '" + draft.table() + "' is "
                    + describe(actual) + ", not " + describe(expected) + ". Check the name or the kind");
        }
    }

    private static TableConstraint.Kind kindOf(Kind clause) {
        return switch (clause) {
            case PRIMARY_KEY -> TableConstraint.Kind.PRIMARY_KEY;
            case UNIQUE -> TableConstraint.Kind.UNIQUE;
            case CHECK -> TableConstraint.Kind.CHECK;
            case REFERENCES -> TableConstraint.Kind.FOREIGN_KEY;
            default -> null;
        };
    }

    private static String describe(TableConstraint.Kind kind) {
        if (kind == null) {
            return "a column constraint";
        }
        return switch (kind) {
            case PRIMARY_KEY -> "a primary key";
            case UNIQUE -> "a unique constraint";
            case FOREIGN_KEY -> "a foreign key";
            case CHECK -> "a check constraint";
        };
    }
}
