package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

/**
 * A column of the schema model from one of EclipseLink's field definitions. A field with a {@code columnDefinition}
 * is what that definition says (EclipseLink writes it into its DDL as it stands); any other field has the portable
 * type of its Java type, and is NOT NULL when its column says so, when it is a primary-key column, or when its mapping
 * requires a value (a primitive, a required to-one relation).
 */
final class ColumnTranslator {
    /** A translated column and whether the field itself declares it unique. */
    record Translated(Column column, boolean unique) {
    }

    private final MappingFacts facts;
    private final Identifiers identifiers;
    private final ColumnTypes types;

    ColumnTranslator(MappingFacts facts, Identifiers identifiers, ColumnTypes types) {
        this.facts = facts;
        this.identifiers = identifiers;
        this.types = types;
    }

    /** The column of {@code field} in table {@code table}; {@code identity} when the database assigns its values. */
    Translated translate(String table, FieldDefinition field, boolean identity) {
        String name = identifiers.plain(field.getName());
        DatabaseField mapped = field.getDatabaseField();
        String comment = blankToNull(field.getComment());
        String definition = field.getTypeDefinition() != null ? field.getTypeDefinition() : field.getTypeName();
        if (field.getType() == null && definition != null && !definition.isBlank()) {
            ColumnDefinition parsed = ColumnDefinition.parse(definition).orElseThrow(() -> new ModelException(
                    "column definition '" + definition + "' of " + where(table, name, mapped) + " starts with a type"
                    + " Loquent cannot compare. Start it with a standard SQL type (VARCHAR(n), INTEGER, BIGINT,"
                    + " NUMERIC(p,s), TIMESTAMP, ...), or leave columnDefinition out."));
            boolean required = parsed.notNull() || field.isPrimaryKey() || (mapped != null && !mapped.isNullable());
            return new Translated(new Column(name, parsed.type(), !required, identity || parsed.autoIncrement(),
                    parsed.defaultValue(), comment), field.isUnique() || parsed.unique());
        }
        ColumnType type = field.getType() == null ? null
                : types.of(field.getType(), field.getSize(), field.getSubSize());
        if (type == null) {
            throw new ModelException(where(table, name, mapped) + " has Java type '"
                    + (field.getType() == null ? "unknown" : field.getType().getName()) + "', which has no portable"
                    + " column type. Convert it to a supported type with an AttributeConverter, or give the column a"
                    + " columnDefinition.");
        }
        boolean nullable = field.shouldAllowNull() && !field.isPrimaryKey() && !facts.requiresValue(mapped);
        return new Translated(new Column(name, type, nullable, identity, null, comment), field.isUnique());
    }

    private String where(String table, String column, DatabaseField mapped) {
        String origin = facts.origin(mapped);
        String place = "column '" + column + "' of table '" + table + "'";
        if (origin == null) {
            return place;
        }
        int dot = origin.lastIndexOf('.');
        return place + " (field '" + origin.substring(dot + 1) + "' of entity class '" + origin.substring(0, dot) + "')";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
