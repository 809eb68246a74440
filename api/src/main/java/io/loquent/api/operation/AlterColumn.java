package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Names;
import java.util.Optional;

/**
 * Changes one column. Each change is optional: a null field means "leave as it is". The {@code existing…} fields
 * describe the column before the change when the user gives them, which is never necessary: dialects that need the
 * current definition read it from the catalogue online and from the replayed revision history offline; given, the
 * fields override that.
 *
 * @param newType          the new type, or null
 * @param nullable         the new nullability, or null
 * @param defaultChange    the new default, or null to leave it; {@link DefaultChange#drop()} removes it
 * @param newName          the new column name, or null
 * @param comment          the new comment, or null
 * @param existingType     the current type if known, or null
 * @param existingNullable the current nullability if known, or null
 */
public record AlterColumn(String table, String column, ColumnType newType, Boolean nullable, DefaultChange defaultChange,
                          String newName, String comment, ColumnType existingType, Boolean existingNullable)
        implements Operation {

    /** A change of default: to a value, or (value null) to none. */
    public record DefaultChange(DefaultValue value) {
        /** Removes the default. */
        public static DefaultChange drop() {
            return new DefaultChange(null);
        }

        /** The new default, empty when the default is removed. */
        public Optional<DefaultValue> newDefault() {
            return Optional.ofNullable(value);
        }
    }

    public AlterColumn {
        Names.requireTable(table, "a table");
        Names.require(column, "a column");
        if (newName != null) {
            Names.require(newName, "the new column name");
        }
        if (newType == null && nullable == null && defaultChange == null && newName == null && comment == null) {
            throw new DefinitionException("alterColumn on '" + table + "." + column + "' changes nothing;"
                    + " give a type, nullable, serverDefault, comment or newName");
        }
    }

    /** The column's name after this change. */
    public String resultingName() {
        return newName == null ? column : newName;
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column;
    }
}
