package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@link RowCheck}s of a rebuild against the old table before anything changes, and fails with the first
 * rows at fault: {@code cannot make column 'users.name' NOT NULL: 3 rows hold NULL in it (rowid 4, 17, 230)}.
 */
final class RowChecks {
    private static final int SHOWN = 5;

    private final Connection connection;
    private final TableSnapshot snapshot;
    private final SqlWords words;
    private final RowLocator rows;

    private RowChecks(Connection connection, TableSnapshot snapshot, SqlWords words) {
        this.connection = connection;
        this.snapshot = snapshot;
        this.words = words;
        this.rows = new RowLocator(snapshot.definition(), words);
    }

    static void verify(Connection connection, TableSnapshot snapshot, List<RowCheck> checks, SqlWords words) {
        RowChecks runner = new RowChecks(connection, snapshot, words);
        for (RowCheck check : checks) {
            try {
                runner.verify(check);
            } catch (SQLException e) {
                if (!(check instanceof RowCheck.Check)) {
                    throw new LoquentException("cannot read the rows of table '" + snapshot.table()
                            + "' to check them: " + e.getMessage(), e);
                }
                // a CHECK on a column the batch adds cannot be tried on the old table; SQLite's constraint still
                // stops the copy, with its own message
            }
        }
    }

    private void verify(RowCheck check) throws SQLException {
        String table = words.quote(snapshot.table());
        if (check instanceof RowCheck.NotNull nn) {
            String column = words.quote(nn.column());
            String update = "UPDATE " + table + " SET " + column + " = … WHERE " + column + " IS NULL";
            failing(check, table + " WHERE " + column + " IS NULL", "hold NULL in column '" + nn.column() + "'",
                    "Give those rows a value first, for example with op.execute(\"" + javaText(update) + "\")");
        } else if (check instanceof RowCheck.EmptyTable && snapshot.rows() > 0) {
            throw new LoquentException(check.what() + ": table '" + snapshot.table() + "' has " + snapshot.rows()
                    + " rows, which would hold NULL in it. Give the column a default, or add it nullable, fill it,"
                    + " and make it NOT NULL afterwards");
        } else if (check instanceof RowCheck.Check ck) {
            failing(check, table + " WHERE NOT (" + ck.condition() + ")", "fail (" + ck.condition() + ")",
                    "Fix or delete those rows first");
        } else if (check instanceof RowCheck.Unique uq) {
            duplicates(uq);
        }
    }

    private void failing(RowCheck check, String fromWhere, String problem, String advice) throws SQLException {
        long count = count("SELECT count(*) FROM " + fromWhere);
        if (count == 0) {
            return;
        }
        List<String> shown = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + rows.select() + " FROM " + fromWhere + " LIMIT " + SHOWN)) {
            while (rs.next()) {
                shown.add(rows.describe(rs, 1));
            }
        }
        throw new LoquentException(check.what() + ": " + count + (count == 1 ? " row of table '" : " rows of table '")
                + snapshot.table() + "' " + problem + " (" + rows.list(shown, count > SHOWN) + "). " + advice);
    }

    private void duplicates(RowCheck.Unique check) throws SQLException {
        String columns = String.join(", ", check.columns().stream().map(words::quote).toList());
        String where = String.join(" AND ",
                check.columns().stream().map(c -> words.quote(c) + " IS NOT NULL").toList());
        String sql = "SELECT " + columns + ", count(*) FROM " + words.quote(snapshot.table()) + " WHERE " + where
                + " GROUP BY " + columns + " HAVING count(*) > 1 LIMIT 1";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return;
            }
            List<Object> values = new ArrayList<>();
            StringBuilder match = new StringBuilder();
            for (int i = 0; i < check.columns().size(); i++) {
                values.add(rs.getObject(i + 1));
                match.append(i == 0 ? "" : " AND ").append(words.quote(check.columns().get(i))).append(" = ")
                        .append(words.literal(values.get(i)));
            }
            long copies = rs.getLong(check.columns().size() + 1);
            List<String> shown = new ArrayList<>();
            String sameRows = "SELECT " + rows.select() + " FROM " + words.quote(snapshot.table()) + " WHERE " + match
                    + " LIMIT " + SHOWN;
            try (Statement rowsSt = connection.createStatement(); ResultSet r = rowsSt.executeQuery(sameRows)) {
                while (r.next()) {
                    shown.add(rows.describe(r, 1));
                }
            }
            throw new LoquentException(check.what() + ": " + copies + " rows of table '" + snapshot.table()
                    + "' share the values " + check.columns() + " = " + values.stream().map(words::literal).toList()
                    + " (" + rows.list(shown, copies > SHOWN) + "), and there may be more."
                    + " Remove the duplicates first");
        }
    }

    /** {@code sql} as the inside of a Java string literal, so that the advice can be pasted into a script. */
    private static String javaText(String sql) {
        return sql.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
