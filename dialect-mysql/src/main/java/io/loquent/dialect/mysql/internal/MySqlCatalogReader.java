package io.loquent.dialect.mysql.internal;

import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.View;
import io.loquent.dialect.mysql.MySqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables of the current database ({@code DATABASE()}), and of further databases named {@code db.table}, from information_schema in five queries whatever the
 * number of tables (and one more for MariaDB's sequences, when there are any): tables (with the server's version), columns, index keys, foreign-key columns and checks. Rows are
 * sorted by table and gathered per table in {@link CatalogTable}, which turns them into the model.
 *
 * <p>What MySQL keeps differently from the model: every primary key is called {@code PRIMARY}, so its Loquent name
 * is read from the key's comment (see {@link MySqlRenderer}); a unique index and a unique constraint are one object,
 * reported as a unique constraint; InnoDB treats RESTRICT and NO ACTION alike, and MariaDB reports RESTRICT where
 * nothing was said, so both read as null (the default); MariaDB's JSON is {@code longtext} with a {@code json_valid}
 * check that belongs to the type, not to the table's constraints.
 */
public final class MySqlCatalogReader {
    /**
     * The databases read, {@code %1$s}: the current one and the further ones of {@link #read(Set, Set)}. A table of
     * the current database is named bare, one of another {@code database.table}, as revisions name them.
     */
    private static String name(String prefix) {
        return "CASE WHEN " + prefix + "TABLE_SCHEMA = DATABASE() THEN " + prefix + "TABLE_NAME ELSE CONCAT("
                + prefix + "TABLE_SCHEMA, '.', " + prefix + "TABLE_NAME) END";
    }

    /** MariaDB's sequences are tables of their own type, listed here and read in {@link MariaDb}. */
    private static final String TABLES = "SELECT " + name("") + ", TABLE_COMMENT, VERSION(), TABLE_TYPE,"
            + " TABLE_SCHEMA = DATABASE() FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (%1$s)"
            + " AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE', 'VIEW')"
            + " ORDER BY TABLE_SCHEMA <> DATABASE(), TABLE_SCHEMA, TABLE_NAME";
    /** The current database's views, with their queries as the server rewrote them (every name qualified). */
    private static final String VIEWS = "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
            + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME";
    private static final String COLUMNS = "SELECT " + name("") + ", COLUMN_NAME, DATA_TYPE, COLUMN_TYPE,"
            + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
            + " COLUMN_COMMENT, GENERATION_EXPRESSION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%1$s)"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";
    /** MySQL 8 reports an expression key's text in EXPRESSION; MariaDB has no expression keys and no such column. */
    private static final String KEYS = "SELECT " + name("") + ", INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_COMMENT,"
            + " %2$s, SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (%1$s)"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    /** A referenced table of another database than the referencing table's current one is {@code database.table}. */
    private static final String FOREIGN_KEYS = "SELECT " + name("k.") + ", k.CONSTRAINT_NAME, k.COLUMN_NAME,"
            + " CASE WHEN k.REFERENCED_TABLE_SCHEMA = DATABASE() THEN k.REFERENCED_TABLE_NAME"
            + " ELSE CONCAT(k.REFERENCED_TABLE_SCHEMA, '.', k.REFERENCED_TABLE_NAME) END,"
            + " k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
            + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME"
            + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA IN (%1$s)"
            + " AND k.REFERENCED_TABLE_NAME IS NOT NULL"
            + " ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
    /** MariaDB's CHECK_CONSTRAINTS names the table (check names are per table there); MySQL's does not. */
    private static final String MARIADB_CHECKS = "SELECT CASE WHEN CONSTRAINT_SCHEMA = DATABASE() THEN TABLE_NAME"
            + " ELSE CONCAT(CONSTRAINT_SCHEMA, '.', TABLE_NAME) END, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (%1$s)"
            + " ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME";
    private static final String MYSQL_CHECKS = "SELECT CASE WHEN t.CONSTRAINT_SCHEMA = DATABASE() THEN t.TABLE_NAME"
            + " ELSE CONCAT(t.CONSTRAINT_SCHEMA, '.', t.TABLE_NAME) END, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table'"
            + " FROM information_schema.TABLE_CONSTRAINTS t JOIN information_schema.CHECK_CONSTRAINTS c"
            + " ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
            + " WHERE t.CONSTRAINT_SCHEMA IN (%1$s) AND t.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY t.CONSTRAINT_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME";

    private final Connection connection;
    private final MySqlDialect dialect;

    public MySqlCatalogReader(Connection connection, MySqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /**
     * The base tables and (MariaDB) sequences of the current database but those named in {@code exclude}, by name:
     * five queries, a sixth when there are sequences and another when there are views.
     */
    public Schema read(Set<String> exclude) throws SQLException {
        return read(exclude, Set.of());
    }

    /**
     * As {@link #read(Set)}, with the base tables of the databases {@code schemas} as well, named
     * {@code database.table}; sequences are the current database's.
     */
    public Schema read(Set<String> exclude, Set<String> schemas) throws SQLException {
        StringBuilder in = new StringBuilder("DATABASE()");
        schemas.stream().sorted().forEach(schema -> in.append(", ").append(dialect.literal(schema)));
        String databases = in.toString();
        Map<String, CatalogTable> tables = new LinkedHashMap<>();
        List<String> sequences = new ArrayList<>();
        Set<String> viewNames = new HashSet<>();
        boolean mariaDb = false;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(String.format(TABLES, databases))) {
            while (rs.next()) {
                if (exclude.contains(rs.getString(1))) {
                    continue;
                }
                if ("SEQUENCE".equals(rs.getString(4))) {
                    if (rs.getBoolean(5)) {
                        sequences.add(rs.getString(1));
                    }
                } else if ("VIEW".equals(rs.getString(4))) {
                    if (rs.getBoolean(5)) {
                        viewNames.add(rs.getString(1));
                    }
                } else {
                    tables.put(rs.getString(1), new CatalogTable(rs.getString(1), rs.getString(2)));
                }
                mariaDb = MariaDb.is(rs.getString(3));
            }
        }
        // Checks before columns: on MariaDB a json_valid check is what marks a longtext column as JSON.
        query(String.format(mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS, databases), tables, (table, rs) -> table.check(rs.getString(2),
                rs.getString(3), "column".equalsIgnoreCase(rs.getString(4))));
        boolean isMariaDb = mariaDb;
        query(String.format(COLUMNS, databases), tables, (table, rs) -> table.column(rs.getString(2), rs.getString(3), rs.getString(4),
                number(rs, 5), number(rs, 6), number(rs, 7), "YES".equals(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), isMariaDb));
        query(String.format(FOREIGN_KEYS, databases), tables, (table, rs) -> table.foreignKeyColumn(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), action(rs.getString(6)), action(rs.getString(7))));
        query(String.format(KEYS, databases, mariaDb ? "NULL" : "EXPRESSION"), tables, (table, rs) -> table.indexKey(
                rs.getString(2), rs.getInt(3) == 0, rs.getString(4) != null
                        ? new IndexKey(rs.getString(4), null, number(rs, 7) == null ? null : number(rs, 7).intValue())
                        : IndexKey.expression(rs.getString(6)), rs.getString(5), rs.getString(8)));
        return new Schema(tables.values().stream().map(CatalogTable::table).toList(),
                MariaDb.sequences(connection, sequences, dialect::quote), views(viewNames));
    }

    /** The views named, read only when there are some. */
    private List<View> views(Set<String> names) throws SQLException {
        List<View> views = new ArrayList<>();
        if (names.isEmpty()) {
            return views;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(VIEWS)) {
            while (rs.next()) {
                if (names.contains(rs.getString(1))) {
                    views.add(new View(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return views;
    }

    private static Long number(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A rule of REFERENTIAL_CONSTRAINTS; RESTRICT and NO ACTION, which InnoDB treats alike, are the default. */
    private static ReferentialAction action(String rule) {
        ReferentialAction action = ReferentialAction.parse(rule);
        return action == ReferentialAction.RESTRICT || action == ReferentialAction.NO_ACTION ? null : action;
    }

    /** Reads one row of a query whose first column names its table into that table. */
    private interface RowReader {
        void read(CatalogTable table, ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} and hands each row of a table read to {@code reader}; rows of other tables are skipped. */
    private void query(String sql, Map<String, CatalogTable> tables, RowReader reader) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                CatalogTable table = tables.get(rs.getString(1));
                if (table != null) {
                    reader.read(table, rs);
                }
            }
        }
    }
}
