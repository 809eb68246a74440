package io.loquent.dialect.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's rows read exactly: each value with its storage class, integers as longs, reals by their bits, blobs as
 * hex, so that two reads compare equal only when every value survived unchanged.
 */
final class TableRows {
    private TableRows() {
    }

    /** Rows by rowid (or by the first column for WITHOUT ROWID tables), each a column-to-value map. */
    static List<Map<String, String>> read(Connection connection, String table, boolean withRowid) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(withRowid ? "rowid" : "1");
        for (String c : columns) {
            sql.append(", typeof(").append(quote(c)).append("), ").append(quote(c));
        }
        sql.append(" FROM ").append(quote(table)).append(" ORDER BY ").append(withRowid ? "rowid" : quote(columns.get(0)));
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                if (withRowid) {
                    row.put("rowid", Long.toString(rs.getLong(1)));
                }
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), value(rs, rs.getString(2 + 2 * i), 3 + 2 * i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String value(ResultSet rs, String type, int column) throws SQLException {
        return switch (type) {
            case "null" -> "null";
            case "integer" -> "integer:" + rs.getLong(column);
            case "real" -> "real:" + Long.toHexString(Double.doubleToRawLongBits(rs.getDouble(column)));
            case "blob" -> "blob:" + HexFormat.of().formatHex(rs.getBytes(column));
            default -> "text:" + rs.getString(column);
        };
    }

    /** The rows with only the given columns kept. */
    static List<Map<String, String>> project(List<Map<String, String>> rows, List<String> columns) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> kept = new LinkedHashMap<>();
            columns.forEach(c -> kept.put(c, row.get(c)));
            out.add(kept);
        }
        return out;
    }
}
