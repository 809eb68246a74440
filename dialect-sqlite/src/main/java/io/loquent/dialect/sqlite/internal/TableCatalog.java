package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a table's current definition and everything around it from the live database: the {@code CREATE TABLE} text
 * from {@code sqlite_master}, checked against {@code PRAGMA table_xinfo}; its indexes ({@code index_list},
 * {@code index_xinfo}); its triggers; the views and other triggers that name it; and every foreign key that
 * references it ({@code foreign_key_list} of each table). Reading is all it does.
 */
public final class TableCatalog {
    private final Connection connection;
    private final SqlWords words;

    private TableCatalog(Connection connection, SqlWords words) {
        this.connection = connection;
        this.words = words;
    }

    /**
     * A snapshot of {@code table}.
     *
     * @throws LoquentException when the table does not exist or its definition cannot be read
     */
    public static TableSnapshot read(Connection connection, String table, SqlWords words) {
        try {
            return new TableCatalog(connection, words).snapshot(table);
        } catch (SQLException e) {
            throw new LoquentException("cannot read table '" + table + "' from the database: " + e.getMessage(), e);
        }
    }

    /** Whether {@code table} is a STRICT table; false when it does not exist or the library predates STRICT. */
    public static boolean isStrict(Connection connection, String table) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT \"strict\" FROM pragma_table_list WHERE name = ? COLLATE NOCASE AND schema = 'main'")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false; // before 3.37 there is neither pragma_table_list nor STRICT
        }
    }

    private TableSnapshot snapshot(String requested) throws SQLException {
        List<String[]> found = query(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", requested);
        if (found.isEmpty()) {
            throw new LoquentException("table '" + requested + "' does not exist: there is nothing to alter."
                    + " Check the name, or create the table first");
        }
        String table = found.get(0)[0];
        String sql = found.get(0)[1];
        if (sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14) || table.regionMatches(true, 0, "sqlite_", 0, 7)) {
            throw new NotSupportedException("sqlite", "rebuild table " + table,
                    "it is a virtual or internal table, whose definition ALTER TABLE and a rebuild cannot change");
        }
        TableDefinition definition = definition(table, sql);
        List<SchemaObject> triggers = new ArrayList<>();
        List<SchemaObject> otherTriggers = new ArrayList<>();
        for (String[] t : query("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
                + " ORDER BY rowid")) {
            if (t[1].equalsIgnoreCase(table)) {
                triggers.add(new SchemaObject(t[0], t[1], t[2], true));
            } else if (ExpressionNames.mentions(t[2], table)) {
                otherTriggers.add(new SchemaObject(t[0], t[1], t[2], true));
            }
        }
        List<SchemaObject> views = new ArrayList<>();
        for (String[] v : query("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid")) {
            if (ExpressionNames.mentions(v[1], table)) {
                boolean works = compiles("SELECT * FROM " + words.quote(v[0]) + " LIMIT 0");
                views.add(new SchemaObject(v[0], v[0], v[1], works));
            }
        }
        return new TableSnapshot(definition, indexes(table), triggers, otherTriggers, views, children(table),
                sequence(table), Long.parseLong(query("SELECT count(*) FROM " + words.quote(table)).get(0)[0]),
                session(), scratchName(table));
    }

    /** The parsed definition, refused unless its columns are exactly those SQLite reports. */
    private TableDefinition definition(String table, String sql) throws SQLException {
        TableDefinition parsed;
        try {
            parsed = CreateTableParser.parse(sql);
        } catch (SqlSyntaxException e) {
            throw unreadable(table, e.getMessage());
        }
        List<String> parsedNames = parsed.columns().stream().map(ColumnDefinition::name).toList();
        List<String> actual = query("SELECT name FROM pragma_table_xinfo(?) ORDER BY cid", table).stream()
                .map(r -> r[0]).toList();
        if (!parsedNames.equals(actual)) {
            throw unreadable(table, "it names the columns " + parsedNames + " where SQLite reports " + actual);
        }
        return new TableDefinition(table, parsed.columns(), parsed.constraints(), parsed.withoutRowid(),
                parsed.strict());
    }

    private static LoquentException unreadable(String table, String why) {
        return new LoquentException("cannot rebuild table '" + table + "': its CREATE TABLE statement in sqlite_master"
                + " could not be read (" + why + "). Rebuild it by hand with op.execute(...), following"
                + " https://www.sqlite.org/lang_altertable.html#otheralter");
    }

    private List<IndexInfo> indexes(String table) throws SQLException {
        List<IndexInfo> indexes = new ArrayList<>();
        for (String[] ix : query("SELECT m.name, m.sql, l.\"unique\", l.partial FROM sqlite_master m"
                + " JOIN pragma_index_list(?) l ON l.name = m.name"
                + " WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY m.rowid", table)) {
            List<String> columns = query("SELECT name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", ix[0])
                    .stream().map(r -> r[0]).toList();
            indexes.add(new IndexInfo(ix[0], ix[1], "1".equals(ix[2]), "1".equals(ix[3]), columns));
        }
        return indexes;
    }

    private List<ChildKey> children(String table) throws SQLException {
        Map<String, List<String[]>> keys = new LinkedHashMap<>();
        for (String[] row : query("SELECT m.name, f.id, f.\"from\", f.\"to\" FROM sqlite_master m"
                + " JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE"
                + " ORDER BY m.name, f.id, f.seq", table)) {
            keys.computeIfAbsent(row[0] + "\u0000" + row[1], k -> new ArrayList<>()).add(row);
        }
        List<ChildKey> children = new ArrayList<>();
        for (List<String[]> rows : keys.values()) {
            List<String> from = rows.stream().map(r -> r[2]).toList();
            List<String> to = rows.stream().map(r -> r[3]).filter(java.util.Objects::nonNull).toList();
            children.add(new ChildKey(rows.get(0)[0], from, to));
        }
        return children;
    }

    private Long sequence(String table) throws SQLException {
        if (query("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").isEmpty()) {
            return null;
        }
        List<String[]> seq = query("SELECT seq FROM sqlite_sequence WHERE name = ?", table);
        return seq.isEmpty() || seq.get(0)[0] == null ? null : Long.valueOf(seq.get(0)[0]);
    }

    private TableSnapshot.Session session() throws SQLException {
        return new TableSnapshot.Session("1".equals(query("PRAGMA foreign_keys").get(0)[0]),
                "1".equals(query("PRAGMA legacy_alter_table").get(0)[0]),
                query("SELECT sqlite_version()").get(0)[0]);
    }

    /** A name no schema object has, for the new table while it is filled. */
    private String scratchName(String table) throws SQLException {
        String base = "_loquent_rebuild_" + table;
        String name = base;
        for (int i = 2; !query("SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE", name).isEmpty(); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private boolean compiles(String sql) {
        try {
            connection.prepareStatement(sql).close(); // preparing resolves every name without running anything
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private List<String[]> query(String sql, String... parameters) throws SQLException {
        return rows(connection, sql, parameters);
    }

    /** The rows of {@code sql} with {@code parameters} bound, each column as text. */
    static List<String[]> rows(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
