package io.loquent.core.internal.run;

import io.loquent.api.schema.TableName;
import io.loquent.core.DatabaseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The questions core asks the catalogue itself, through JDBC metadata so that no failed query spoils a transaction. */
final class Catalog {
    private Catalog() {
    }

    /**
     * The catalog and schema arguments of a metadata look-up for {@code table}: the connection's own, or the table's
     * schema where it names one, passed as a schema where the driver has schemas (PostgreSQL) and as a catalog where
     * it calls its databases so (MySQL, MariaDB).
     */
    private static String[] place(Connection connection, TableName table) throws SQLException {
        String[] place = {connection.getCatalog(), connection.getSchema()};
        if (table.qualified()) {
            place[connection.getMetaData().supportsSchemasInTableDefinitions() ? 1 : 0] = table.schema();
        }
        return place;
    }

    /** Whether the schema (PostgreSQL) or database (MySQL) {@code schema} exists. */
    static boolean schemaExists(Connection connection, String schema) throws SQLException {
        boolean schemas = connection.getMetaData().supportsSchemasInTableDefinitions();
        try (ResultSet rs = schemas ? connection.getMetaData().getSchemas() : connection.getMetaData().getCatalogs()) {
            while (rs.next()) {
                if (schema.equals(rs.getString(schemas ? "TABLE_SCHEM" : "TABLE_CAT"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean tableExists(Connection connection, String qualified) throws SQLException {
        TableName name = TableName.parse(qualified);
        String table = name.name();
        String[] place = place(connection, name);
        try (ResultSet rs = connection.getMetaData().getTables(place[0], place[1], table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table's column names, lower-cased, in no particular order. */
    static Set<String> columns(Connection connection, String qualified) throws SQLException {
        TableName name = TableName.parse(qualified);
        String table = name.name();
        String[] place = place(connection, name);
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(place[0], place[1], table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /**
     * Fails when {@code table} exists without the columns Loquent gives it: it belongs to something else, or was
     * made by hand, and reading or writing it would go wrong in ways that would blame the scripts.
     */
    static void requireColumns(Connection connection, String table, List<String> expected, String role)
            throws SQLException {
        Set<String> found = columns(connection, table);
        List<String> missing = expected.stream().filter(c -> !found.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DatabaseException("the " + role + " table '" + table + "' is not Loquent's: it"
                    + " has no column " + String.join(", ", missing) + " (its columns: "
                    + String.join(", ", new TreeSet<>(found)) + "). If it belongs to something else, set "
                    + role + "_table to another name in loquent.properties; if it is Loquent's, restore its columns",
                    null);
        }
    }
}
