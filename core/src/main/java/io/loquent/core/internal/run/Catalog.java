package io.loquent.core.internal.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one question core asks the catalogue itself, through JDBC metadata so that no failed query spoils a transaction. */
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
}
