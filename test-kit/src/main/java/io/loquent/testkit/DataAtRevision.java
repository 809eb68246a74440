package io.loquent.testkit;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.Loquent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database brought to a revision by {@link MigrationTests#upgradeTo}, for testing a data migration: seed rows as
 * the schema stands there, move on to the revision that transforms them, and read what it made of them. Values are
 * bound as JDBC parameters and names quoted the dialect's way. Each call opens its own connection and commits, as a
 * migration run would see the rows.
 */
public final class DataAtRevision {
    private final Loquent loquent;
    private final String check;

    DataAtRevision(Loquent loquent, String check) {
        this.loquent = loquent;
        this.check = check;
    }

    /** Inserts each row (column name to value) into {@code table}. */
    @SafeVarargs
    public final DataAtRevision insert(String table, Map<String, ?>... rows) {
        Dialect dialect = MigrationTests.attempt(check, "finding the dialect", loquent::dialect);
        for (Map<String, ?> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            String sql = dialect.insertStatement(table, columns);
            withStatement(sql, statement -> {
                for (int i = 0; i < columns.size(); i++) {
                    dialect.bind(statement, i + 1, row.get(columns.get(i)));
                }
                statement.executeUpdate();
                return null;
            });
        }
        return this;
    }

    /** Runs one statement, with {@code parameters} bound to its {@code ?}s. */
    public DataAtRevision execute(String sql, Object... parameters) {
        withStatement(sql, statement -> {
            bind(statement, parameters);
            statement.execute();
            return null;
        });
        return this;
    }

    /** Upgrades to {@code target} (the revision whose data migration is under test, {@code head}, {@code +1}…). */
    public DataAtRevision upgrade(String target) {
        MigrationTests.attempt(check, "upgrade to " + target, () -> loquent.upgrade(target));
        return this;
    }

    /** Downgrades to {@code target}, to test that a data migration's downgrade restores the rows. */
    public DataAtRevision downgrade(String target) {
        MigrationTests.attempt(check, "downgrade to " + target, () -> loquent.downgrade(target));
        return this;
    }

    /**
     * The rows of a query, each a map from column label (as the driver reports it) to value, in the query's column
     * order.
     */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        return withStatement(sql, statement -> {
            bind(statement, parameters);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private interface StatementWork<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private <T> T withStatement(String sql, StatementWork<T> work) {
        Connection connection = MigrationTests.attempt(check, "connecting", loquent::openConnection);
        try (connection; PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.apply(statement);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]";
            throw new AssertionError(check + ": statement failed: " + e.getMessage() + state + ". Statement: " + sql,
                    e);
        }
    }
}
