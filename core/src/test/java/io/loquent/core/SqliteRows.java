package io.loquent.core;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a test left in a SQLite database, on a connection of its own. */
final class SqliteRows {
    private SqliteRows() {
    }

    /** The first column of each row {@code sql} returns, as text. */
    static List<String> firstColumn(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
