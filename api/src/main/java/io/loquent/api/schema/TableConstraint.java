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

    /** A unique constraint over one or more columns. */
    record Unique(String name, List<String> columns) implements TableConstraint {
        public Unique {
            Names.require(name, "a unique constraint");
            columns = Names.requireList(columns, "unique constraint '" + name + "'");
        }

        @Override
        public Kind kind() {
            return Kind.UNIQUE;
        }
    }

    /** A foreign key; {@code onDelete} and {@code onUpdate} are null when the database default applies. */
    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) implements TableConstraint {
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
