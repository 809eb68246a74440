package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.List;

/** A named table constraint. Names come from the user or from the naming convention, never from the database. */
public sealed interface TableConstraint {
    /** The constraint name. */
    String name();

    /** The kind of a constraint, as {@code dropConstraint} may be told it. */
    enum Kind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK }

    /** This constraint's kind. */
    Kind kind();

    /**
     * When a deferrable constraint is checked: a constraint that is not deferrable (null where a constraint takes a
     * deferral) is checked at each statement; a deferrable one at the end of the transaction when it is
     * {@link #DEFERRED}, or when a transaction says {@code SET CONSTRAINTS … DEFERRED}. PostgreSQL defers unique
     * constraints and foreign keys, SQLite foreign keys; MySQL and MariaDB defer nothing.
     */
    enum Deferral {
        /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked at each statement unless a transaction defers it. */
        IMMEDIATE,
        /** {@code DEFERRABLE INITIALLY DEFERRED}: checked when the transaction commits. */
        DEFERRED;

        /** The SQL clause. */
        public String sql() {
            return this == IMMEDIATE ? "DEFERRABLE INITIALLY IMMEDIATE" : "DEFERRABLE INITIALLY DEFERRED";
        }
    }

    /** A primary key over one or more columns. */
    record PrimaryKey(String name, List<String> columns) implements TableConstraint {
        public PrimaryKey {
            Names.require(name, "a primary key");
            columns = Names.requireList(columns, "primary key '" + name + "'");
        }

        @Override
        public Kind kind() {
            return Kind.PRIMARY_KEY;
        }
    }

    /** A unique constraint over one or more columns; {@code deferral} is null unless it is deferrable. */
    record Unique(String name, List<String> columns, Deferral deferral) implements TableConstraint {
        public Unique {
            Names.require(name, "a unique constraint");
            columns = Names.requireList(columns, "unique constraint '" + name + "'");
        }

        /** A unique constraint checked at each statement. */
        public Unique(String name, List<String> columns) {
            this(name, columns, null);
        }

        @Override
        public Kind kind() {
            return Kind.UNIQUE;
        }
    }

    /**
     * A foreign key; {@code onDelete} and {@code onUpdate} are null when the database default applies, and
     * {@code deferral} is null unless it is deferrable.
     */
    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferral deferral)
            implements TableConstraint {
        public ForeignKey {
            Names.require(name, "a foreign key");
            columns = Names.requireList(columns, "foreign key '" + name + "'");
            Names.requireTable(referencedTable, "the table referenced by foreign key '" + name + "'");
            referencedColumns = Names.requireList(referencedColumns, "foreign key '" + name + "' reference");
            if (columns.size() != referencedColumns.size()) {
                throw new DefinitionException("foreign key '" + name + "' has " + columns.size()
                        + " columns but references " + referencedColumns.size());
            }
        }

        /** A foreign key checked at each statement. */
        public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                          ReferentialAction onDelete, ReferentialAction onUpdate) {
            this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
        }

        /** This key, deferred as {@code deferral} says. */
        public ForeignKey deferred(Deferral deferral) {
            return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
        }

        @Override
        public Kind kind() {
            return Kind.FOREIGN_KEY;
        }
    }

    /** A CHECK constraint; the condition is SQL written by the user. */
    record Check(String name, String condition) implements TableConstraint {
        public Check {
            Names.require(name, "a check constraint");
            if (condition == null || condition.isBlank()) {
                throw new DefinitionException("check constraint '" + name + "' needs a condition");
            }
        }

        @Override
        public Kind kind() {
            return Kind.CHECK;
        }
    }
}
