package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.function.UnaryOperator;

/**
 * A table's name as Loquent writes it everywhere a table is named: {@code items} in the connection's default schema,
 * or {@code app.items}, table {@code items} in schema {@code app} (a PostgreSQL schema, a MySQL database), as Laravel
 * reads {@code Schema::create('app.items')}. This is the one place that splits and joins a qualified name: a dotted
 * name is never taken as one identifier, and a name with more than one dot, or an empty part, is refused.
 *
 * @param schema the schema, or null for the connection's default one
 * @param name   the table's own name
 */
public record TableName(String schema, String name) {
    public TableName {
        Names.require(name, "a table");
        if (schema != null && schema.isBlank()) {
            throw new DefinitionException("the schema of table '" + name + "' must be a non-blank name or absent");
        }
    }

    /**
     * {@code table} split at its dot, if it has one.
     *
     * @throws DefinitionException when it has more than one dot, or a part before or after the dot is blank
     */
    public static TableName parse(String table) {
        Names.require(table, "a table");
        int dot = table.indexOf('.');
        if (dot < 0) {
            return new TableName(null, table);
        }
        if (table.indexOf('.', dot + 1) >= 0 || table.substring(0, dot).isBlank() || table.substring(dot + 1).isBlank()) {
            throw new DefinitionException("table name '" + table + "' is not 'table' or 'schema.table': a table is"
                    + " named with at most one dot, between a schema and a table that are both non-empty. Write it"
                    + " as schema.table, and keep dots out of schema and table names");
        }
        return new TableName(table.substring(0, dot), table.substring(dot + 1));
    }

    /** The bare name of {@code table} ({@code items} for {@code app.items}), as naming conventions use it. */
    public static String bare(String table) {
        return parse(table).name();
    }

    /** The schema of {@code table}, or null when it is unqualified. */
    public static String schemaOf(String table) {
        return parse(table).schema();
    }

    /** Whether a schema is named. */
    public boolean qualified() {
        return schema != null;
    }

    /**
     * The name a rename to {@code newName} gives this table: a rename stays in the table's schema, so the new name is
     * bare or names the same schema.
     *
     * @throws DefinitionException when {@code newName} names another schema
     */
    public TableName renamed(String newName) {
        TableName target = parse(newName);
        if (target.qualified() && !target.schema.equals(schema)) {
            throw new DefinitionException("cannot rename table '" + this + "' to '" + newName + "': a rename keeps"
                    + " the table in its schema" + (schema == null ? "" : " '" + schema + "'") + ". Give the new name"
                    + " bare, and move the table to another schema with op.execute(...)");
        }
        return new TableName(schema, target.name);
    }

    /** The parts quoted with {@code quote} and joined with a dot: {@code "app"."items"}. */
    public String render(UnaryOperator<String> quote) {
        return schema == null ? quote.apply(name) : quote.apply(schema) + "." + quote.apply(name);
    }

    /** {@code schema.name}, or {@code name}: the form Loquent's records and messages use. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
