package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * A column as it stands in a table. Keys, uniqueness and references are table constraints
 * ({@link TableConstraint}), so that each has a name and can be dropped by it.
 *
 * @param name          the column name
 * @param type          its portable type
 * @param nullable      whether NULL is allowed
 * @param autoIncrement whether the database assigns values (identity, AUTO_INCREMENT, SQLite's rowid alias)
 * @param defaultValue  its default, or null
 * @param comment       its comment, or null
 */
public record Column(String name, ColumnType type, boolean nullable, boolean autoIncrement, DefaultValue defaultValue,
                     String comment) {
    public Column {
        Names.require(name, "a column");
        if (type == null) {
            throw new DefinitionException("column '" + name + "' needs a type");
        }
    }
}
