package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The rebuilt table while a batch is applied to it: its columns and constraints as they will be written, the indexes
 * that will be recreated or created, and the row checks and notes gathered on the way. Columns here carry their
 * rebuild names ({@link ColumnNames}).
 */
final class TableDraft {
    final TableSnapshot snapshot;
    final SqlWords words;
    final ColumnNames names;
    final List<ColumnDefinition> columns;
    final List<TableConstraintDefinition> constraints;
    final List<IndexInfo> indexes;
    final List<NewIndex> newIndexes = new ArrayList<>();
    final List<RowCheck> rowChecks = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    TableDraft(TableSnapshot snapshot, SqlWords words) {
        this.snapshot = snapshot;
        this.words = words;
        TableDefinition definition = snapshot.definition();
        List<String> columnNames = definition.columns().stream().map(ColumnDefinition::name).toList();
        this.names = new ColumnNames(definition.name(), columnNames);
        this.columns = new ArrayList<>(definition.columns());
        this.constraints = new ArrayList<>(definition.constraints());
        this.indexes = new ArrayList<>(snapshot.indexes());
    }

    String table() {
        return snapshot.table();
    }

    UnaryOperator<String> quote() {
        return words::quote;
    }

    /** The declared type for a portable type in this table: STRICT tables accept only their six type names. */
    String typeSql(ColumnType type) {
        return snapshot.definition().strict() ? SqlWords.strictType(type) : words.type(type);
    }

    ColumnDefinition column(String rebuildName) {
        return columns.get(indexOf(rebuildName));
    }

    void replace(ColumnDefinition before, ColumnDefinition after) {
        columns.set(columns.indexOf(before), after);
    }

    void remove(String rebuildName) {
        columns.remove(indexOf(rebuildName));
    }

    private int indexOf(String rebuildName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(rebuildName)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + rebuildName + " in the draft of " + table());
    }

    boolean hasPrimaryKey() {
        return constraints.stream().anyMatch(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY)
                || columns.stream().anyMatch(c -> c.has(Kind.PRIMARY_KEY));
    }

    /** The draft as a table definition. */
    TableDefinition definition() {
        TableDefinition old = snapshot.definition();
        return new TableDefinition(table(), columns, constraints, old.withoutRowid(), old.strict());
    }

    /** Fails when a constraint called {@code name} exists already on the table, at table or column level. */
    void requireNewConstraintName(String name) {
        boolean taken = constraints.stream().anyMatch(c -> name.equalsIgnoreCase(c.name()))
                || columns.stream().flatMap(c -> c.clauses().stream()).anyMatch(c -> name.equalsIgnoreCase(c.name()));
        if (taken) {
            throw new LoquentException("constraint '" + name + "' already exists on table '" + table()
                    + "': drop it first, or choose another name");
        }
    }

    /** The names of the named constraints, for messages. */
    List<String> constraintNames() {
        List<String> named = new ArrayList<>();
        constraints.stream().map(TableConstraintDefinition::name).filter(Objects::nonNull).forEach(named::add);
        columns.stream().flatMap(c -> c.clauses().stream()).map(ColumnClause::name).filter(Objects::nonNull)
                .forEach(named::add);
        return named;
    }
}
