package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table as it stands: its columns in order, its named constraints, its indexes and its comment. The same record
 * describes a table read from a database, one replayed from the revision history, and one an application's entities
 * map, so that two of them can be compared. Changed through the {@code with…} methods, which return a new table.
 *
 * @param name        the table name
 * @param columns     the columns, in table order
 * @param constraints primary key, unique constraints, foreign keys and checks, each by name
 * @param indexes     the indexes that are not a constraint's own
 * @param comment     the table's comment, or null
 */
public record Table(String name, List<Column> columns, List<TableConstraint> constraints, List<Index> indexes,
                    String comment) {
    public Table {
        Names.requireTable(name, "a table");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        distinct(columns, Column::name, "table '" + name + "' declares column");
        distinct(constraints, TableConstraint::name, "table '" + name + "' declares constraint");
        distinct(indexes, Index::name, "table '" + name + "' declares index");
        if (constraints.stream().filter(c -> c instanceof TableConstraint.PrimaryKey).count() > 1) {
            throw new DefinitionException("table '" + name + "' declares more than one primary key");
        }
        Set<String> known = new HashSet<>(columns.stream().map(Column::name).toList());
        for (TableConstraint c : constraints) {
            for (String column : constrained(c)) {
                if (!known.contains(column)) {
                    throw new DefinitionException("constraint '" + c.name() + "' of table '" + name
                            + "' names column '" + column + "', which the table does not have");
                }
            }
        }
        for (Index index : indexes) {
            for (String column : index.columns()) {
                if (!known.contains(column)) {
                    throw new DefinitionException("index '" + index.name() + "' of table '" + name
                            + "' names column '" + column + "', which the table does not have; for a key on an"
                            + " expression write i -> i.expression(\"" + column.replace("\"", "\\\"") + "\")");
                }
            }
            for (String column : index.include()) {
                if (!known.contains(column)) {
                    throw new DefinitionException("index '" + index.name() + "' of table '" + name
                            + "' includes column '" + column + "', which the table does not have");
                }
            }
        }
    }

    /** A table with these columns and nothing else. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, List.of(), List.of(), null);
    }

    private static List<String> constrained(TableConstraint c) {
        if (c instanceof TableConstraint.PrimaryKey pk) {
            return pk.columns();
        }
        if (c instanceof TableConstraint.Unique u) {
            return u.columns();
        }
        if (c instanceof TableConstraint.ForeignKey fk) {
            return fk.columns();
        }
        return List.of();
    }

    private static <T> void distinct(List<T> items, Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new DefinitionException(what + " '" + name.apply(item) + "' twice");
            }
        }
    }

    /** The column called {@code column}. */
    public Optional<Column> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** The constraint called {@code constraint}. */
    public Optional<TableConstraint> constraint(String constraint) {
        return constraints.stream().filter(c -> c.name().equals(constraint)).findFirst();
    }

    /** The index called {@code index}. */
    public Optional<Index> index(String index) {
        return indexes.stream().filter(i -> i.name().equals(index)).findFirst();
    }

    /** The primary key, if the table has one. */
    public Optional<TableConstraint.PrimaryKey> primaryKey() {
        return constraints.stream().filter(c -> c instanceof TableConstraint.PrimaryKey)
                .map(c -> (TableConstraint.PrimaryKey) c).findFirst();
    }

    /** The foreign keys, in declaration order. */
    public List<TableConstraint.ForeignKey> foreignKeys() {
        return constraints.stream().filter(c -> c instanceof TableConstraint.ForeignKey)
                .map(c -> (TableConstraint.ForeignKey) c).toList();
    }

    /** This table under another name. */
    public Table withName(String newName) {
        return new Table(newName, columns, constraints, indexes, comment);
    }

    /** This table with {@code column} in place of the column of the same name, or added at the end. */
    public Table withColumn(Column column) {
        return new Table(name, replaced(columns, column, Column::name), constraints, indexes, comment);
    }

    /** This table without the column called {@code column}. */
    public Table withoutColumn(String column) {
        return new Table(name, columns.stream().filter(c -> !c.name().equals(column)).toList(), constraints, indexes,
                comment);
    }

    /** This table with {@code constraint} in place of the constraint of the same name, or added. */
    public Table withConstraint(TableConstraint constraint) {
        return new Table(name, columns, replaced(constraints, constraint, TableConstraint::name), indexes, comment);
    }

    /** This table without the constraint called {@code constraint}. */
    public Table withoutConstraint(String constraint) {
        return new Table(name, columns, constraints.stream().filter(c -> !c.name().equals(constraint)).toList(),
                indexes, comment);
    }

    /** This table with {@code index} in place of the index of the same name, or added. */
    public Table withIndex(Index index) {
        return new Table(name, columns, constraints, replaced(indexes, index, Index::name), comment);
    }

    /** This table without the index called {@code index}. */
    public Table withoutIndex(String index) {
        return new Table(name, columns, constraints, indexes.stream().filter(i -> !i.name().equals(index)).toList(),
                comment);
    }

    /** This table with another comment (null for none). */
    public Table withComment(String newComment) {
        return new Table(name, columns, constraints, indexes, newComment);
    }

    /** {@code items} with {@code item} in place of the one of the same name, or added at the end. */
    static <T> List<T> replaced(List<T> items, T item, Function<T, String> name) {
        List<T> result = new ArrayList<>(items.size() + 1);
        boolean found = false;
        for (T existing : items) {
            if (name.apply(existing).equals(name.apply(item))) {
                result.add(item);
                found = true;
            } else {
                result.add(existing);
            }
        }
        if (!found) {
            result.add(item);
        }
        return result;
    }
}
