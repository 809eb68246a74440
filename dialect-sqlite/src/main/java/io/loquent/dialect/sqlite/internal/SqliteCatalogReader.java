package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the tables of the main database into the schema model with six queries, whatever the number of tables: the
 * tables with their {@code CREATE TABLE} text, then every table's columns, foreign keys, indexes and index keys, each
 * through a table-valued pragma joined to the table list, then the views. Names of constraints exist only in the {@code CREATE TABLE}
 * text, which {@link CreateTableParser} reads; {@link ReflectedTable} puts the pieces together. Virtual tables, their
 * shadow tables, SQLite's own tables and those of the temp and attached databases are left out.
 */
public final class SqliteCatalogReader {
    /** The ordinary tables of the main database. */
    private static final String TABLES = "SELECT l.name, m.sql, m.rowid AS position FROM pragma_table_list l"
            + " JOIN main.sqlite_master m ON m.name = l.name AND m.type = 'table'"
            + " WHERE l.schema = 'main' AND l.type = 'table' AND l.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private SqliteCatalogReader() {
    }

    /**
     * The main database's tables, without those named in {@code exclude} (compared as SQLite does, ignoring case).
     * Each query joins a table-valued pragma to the tables with {@code CROSS JOIN}, which SQLite takes as the join
     * order: left to itself, its planner put {@code sqlite_master} outside the pragmas in the index query, and
     * reading 1,000 tables took 4.5 s instead of 20 ms (issue #13).
     */
    public static Schema read(Connection connection, Set<String> exclude) throws SQLException {
        Set<String> excluded = exclude.stream().map(SqlToken::key).collect(Collectors.toSet());
        List<String[]> tables = TableCatalog.rows(connection, TABLES + " ORDER BY position");
        Map<String, List<String[]>> columns = byFirst(TableCatalog.rows(connection,
                "SELECT t.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden FROM (" + TABLES + ") t"
                        + " CROSS JOIN pragma_table_xinfo(t.name, 'main') c ORDER BY t.name, c.cid"));
        Map<String, List<String[]>> foreignKeys = byFirst(TableCatalog.rows(connection,
                "SELECT t.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete FROM (" + TABLES
                        + ") t CROSS JOIN pragma_foreign_key_list(t.name, 'main') f ORDER BY t.name, f.id DESC, f.seq"));
        Map<String, List<String[]>> indexes = byFirst(TableCatalog.rows(connection,
                "SELECT t.name, l.name, l.\"unique\", l.partial, m.sql FROM (" + TABLES + ") t"
                        + " CROSS JOIN pragma_index_list(t.name, 'main') l CROSS JOIN main.sqlite_master m"
                        + " ON m.name = l.name AND m.type = 'index' WHERE l.origin = 'c' ORDER BY m.rowid"));
        Map<String, List<String[]>> keys = byFirst(TableCatalog.rows(connection,
                "SELECT l.name, x.cid, x.name FROM (" + TABLES + ") t CROSS JOIN pragma_index_list(t.name, 'main') l"
                        + " CROSS JOIN pragma_index_xinfo(l.name, 'main') x WHERE l.origin = 'c' AND x.key = 1"
                        + " ORDER BY l.name, x.seqno"));
        Map<String, List<String>> primaryKeys = primaryKeys(columns);
        List<Table> result = new ArrayList<>();
        for (String[] table : tables) {
            String key = SqlToken.key(table[0]);
            if (!excluded.contains(key)) {
                result.add(new ReflectedTable(table[0], table[1], primaryKeys).build(columns.getOrDefault(key,
                        List.of()), foreignKeys.getOrDefault(key, List.of()), indexes.getOrDefault(key, List.of()),
                        keys));
            }
        }
        List<View> views = new ArrayList<>();
        for (String[] view : TableCatalog.rows(connection,
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'view' ORDER BY name")) {
            if (!excluded.contains(SqlToken.key(view[0]))) {
                views.add(new View(view[0], query(view[1])));
            }
        }
        return new Schema(result, List.of(), views);
    }

    /** The query of a {@code CREATE [TEMP] VIEW [IF NOT EXISTS] name [(columns)] AS query} statement. */
    static String query(String createView) {
        int depth = 0;
        for (SqlToken token : SqlLexer.tokenize(createView)) {
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.isKeyword("AS")) {
                return createView.substring(token.end()).strip();
            }
        }
        return createView;
    }

    /** Every table's primary-key columns in key order, for foreign keys that name no parent columns. */
    private static Map<String, List<String>> primaryKeys(Map<String, List<String[]>> columns) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        columns.forEach((table, rows) -> keys.put(table, rows.stream().filter(r -> !"0".equals(r[5]))
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a[5]), Integer.parseInt(b[5])))
                .map(r -> r[1]).toList()));
        return keys;
    }

    /** Rows grouped by their first column folded as SQLite compares names, the rows' order kept. */
    private static Map<String, List<String[]>> byFirst(List<String[]> rows) {
        Map<String, List<String[]>> grouped = new LinkedHashMap<>();
        for (String[] row : rows) {
            grouped.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
