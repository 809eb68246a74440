package io.loquent.dialect.mysql.internal;

import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.dialect.mysql.MySqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables of the current database ({@code DATABASE()}) from information_schema in five queries whatever the
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
    /** MariaDB's sequences are tables of their own type, listed here and read in {@link MariaDb}. */
    private static final String TABLES = "SELECT TABLE_NAME, TABLE_COMMENT, VERSION(), TABLE_TYPE"
            + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE') ORDER BY TABLE_NAME";
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE,"
            + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
            + " COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    /** MySQL 8 reports an expression key's text in EXPRESSION; MariaDB has no expression keys and no such column. */
    private static final String KEYS = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_COMMENT, %s,"
            + " SUB_PART, INDEX_TYPE"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
    private static final String FOREIGN_KEYS = "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,"
            + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
            + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME"
            + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA = DATABASE()"
            + " AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
    /** MariaDB's CHECK_CONSTRAINTS names the table (check names are per table there); MySQL's does not. */
    private static final String MARIADB_CHECKS = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";
    private static final String MYSQL_CHECKS = "SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table'"
            + " FROM information_schema.TABLE_CONSTRAINTS t JOIN information_schema.CHECK_CONSTRAINTS c"
            + " ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
            + " WHERE t.CONSTRAINT_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME";

    private final Connection connection;
    private final MySqlDialect dialect;

    public MySqlCatalogReader(Connection connection, MySqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /**
     * The base tables and (MariaDB) sequences of the current database but those named in {@code exclude}, by name:
     * five queries, and a sixth when there are sequences.
     */
    public Schema read(Set<String> exclude) throws SQLException {
        Map<String, CatalogTable> tables = new LinkedHashMap<>();
        List<String> sequences = new ArrayList<>();
        boolean mariaDb = false;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(TABLES)) {
            while (rs.next()) {
                if (exclude.contains(rs.getString(1))) {
                    continue;
                }
                if ("SEQUENCE".equals(rs.getString(4))) {
                    sequences.add(rs.getString(1));
                } else {
                    tables.put(rs.getString(1), new CatalogTable(rs.getString(1), rs.getString(2)));
                }
                mariaDb = MariaDb.is(rs.getString(3));
            }
        }
        // Checks before columns: on MariaDB a json_valid check is what marks a longtext column as JSON.
        query(mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS, tables, (table, rs) -> table.check(rs.getString(2),
                rs.getString(3), "column".equalsIgnoreCase(rs.getString(4))));
        boolean isMariaDb = mariaDb;
        query(COLUMNS, tables, (table, rs) -> table.column(rs.getString(2), rs.getString(3), rs.getString(4),
                number(rs, 5), number(rs, 6), number(rs, 7), "YES".equals(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), isMariaDb));
        query(FOREIGN_KEYS, tables, (table, rs) -> table.foreignKeyColumn(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), action(rs.getString(6)), action(rs.getString(7))));
        query(String.format(KEYS, mariaDb ? "NULL" : "EXPRESSION"), tables, (table, rs) -> table.indexKey(
                rs.getString(2), rs.getInt(3) == 0, rs.getString(4) != null
                        ? new IndexKey(rs.getString(4), null, number(rs, 7) == null ? null : number(rs, 7).intValue())
                        : IndexKey.expression(rs.getString(6)), rs.getString(5), rs.getString(8)));
        return new Schema(tables.values().stream().map(CatalogTable::table).toList(),
                MariaDb.sequences(connection, sequences, dialect::quote));
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
