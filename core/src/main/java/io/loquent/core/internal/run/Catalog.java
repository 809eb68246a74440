package io.loquent.core.internal.run;

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

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table's column names, lower-cased, in no particular order. */
    static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
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
