package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.core.HistoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Executes statements on a connection, one transaction per revision where the dialect has transactional DDL. */
final class JdbcSink implements StatementSink {
    private static final System.Logger LOG = System.getLogger(JdbcSink.class.getName());
    /** Rows per batch of a bound insert. */
    private static final int BATCH = 500;
    private final Connection connection;
    private final RenderContext context;
    private final Dialect dialect;

    JdbcSink(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.context = RenderContext.online(connection);
        this.dialect = dialect;
    }

    @Override
    public RenderContext context() {
        return context;
    }

    @Override
    public void begin(String title, boolean transactional) {
        try {
            connection.setAutoCommit(!transactional);
        } catch (SQLException e) {
            throw new StatementFailure("-- begin transaction", e);
        }
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
    }

    /**
     * Each run of rows with the same columns is one prepared statement, executed in batches. Each value is bound
     * knowing its column's type, so that a dialect can bind it as that type (a JSON document into a JSON column).
     */
    @Override
    public List<String> insert(BulkInsert insert) {
        return insert(insert, true);
    }

    /** As {@link #insert}, each value bound by its own type (the column type given to the dialect is null). */
    @Override
    public List<String> record(BulkInsert row) {
        return insert(row, false);
    }

    private List<String> insert(BulkInsert insert, boolean columnTypes) {
        List<String> statements = new ArrayList<>();
        for (Group group : Group.of(insert)) {
            String sql = dialect.insertStatement(insert.table(), group.columns());
            String shown = group.describe(sql);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                List<String> types = columnTypes ? columnTypes(insert.table(), group.columns())
                        : java.util.Collections.nCopies(group.columns().size(), null);
                for (int i = 0; i < group.rows().size(); i++) {
                    Map<String, Object> row = group.rows().get(i);
                    for (int c = 0; c < types.size(); c++) {
                        dialect.bind(statement, c + 1, row.get(group.columns().get(c)), types.get(c));
                    }
                    statement.addBatch();
                    if ((i + 1) % BATCH == 0 || i == group.rows().size() - 1) {
                        statement.executeBatch();
                    }
                }
            } catch (SQLException e) {
                throw new StatementFailure(shown, e);
            }
            statements.add(shown);
        }
        return statements;
    }

    /**
     * The types of {@code columns} of {@code table} as the database names them, from the metadata of a query that
     * reads no row. A query that fails fails as the insert would (no such table or column).
     */
    private List<String> columnTypes(String table, List<String> columns) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(dialect.select(table, columns, null) + " WHERE 1 = 0")) {
            List<String> types = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                types.add(rs.getMetaData().getColumnTypeName(i));
            }
            return types;
        }
    }

    /** {@code insert} cut into its runs of rows with the same columns: each is one prepared statement here. */
    static List<BulkInsert> groups(BulkInsert insert) {
        return Group.of(insert).stream().map(g -> new BulkInsert(insert.table(), g.rows())).toList();
    }

    /** The statements {@link #insert} runs, as it reports them, without running them. */
    static List<String> describe(Dialect dialect, BulkInsert insert) {
        return Group.of(insert).stream().map(g -> g.describe(dialect.insertStatement(insert.table(), g.columns())))
                .toList();
    }

    /** Consecutive rows with the same columns: one prepared statement. */
    private record Group(List<String> columns, List<Map<String, Object>> rows) {
        static List<Group> of(BulkInsert insert) {
            List<Group> groups = new ArrayList<>();
            List<Map<String, Object>> rows = insert.rows();
            int from = 0;
            while (from < rows.size()) {
                int to = from;
                while (to < rows.size() && rows.get(to).keySet().equals(rows.get(from).keySet())) {
                    to++;
                }
                groups.add(new Group(List.copyOf(rows.get(from).keySet()), rows.subList(from, to)));
                from = to;
            }
            return groups;
        }

        String describe(String sql) {
            return sql + " -- " + rows.size() + (rows.size() == 1 ? " row" : " rows") + ", values bound as parameters";
        }
    }

    /** Inserts one row with its values bound and returns the key the database generated for it. */
    long insertReturningKey(String table, Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        String sql = dialect.insertStatement(table, columns);
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindAll(statement, columns.stream().map(row::get).toList());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated key for the new row of " + table);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
    }

    /** Changes the row whose {@code keyColumn} is {@code key}, with the values bound. */
    void update(String table, Map<String, Object> values, String keyColumn, Object key) {
        List<String> columns = List.copyOf(values.keySet());
        String sql = dialect.updateStatement(table, columns, keyColumn);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> parameters = new ArrayList<>(columns.stream().map(values::get).toList());
            parameters.add(key);
            bindAll(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StatementFailure(sql, e);
        }
    }

    private void bindAll(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            dialect.bind(statement, i + 1, values.get(i));
        }
    }

    @Override
    public int update(String sql, List<Object> params) {
        return BoundStatements.update(connection, dialect, sql, params);
    }

    @Override
    public Connection database(String call) {
        return connection;
    }

    @Override
    public boolean executes() {
        return true;
    }

    @Override
    public ProgressLog progressLog(HistoryStore history) {
        JdbcSink sink = this;
        return new ProgressLog() {
            private long row = -1;

            @Override
            public boolean active() {
                return row >= 0;
            }

            @Override
            public void start(HistoryEntry running) {
                row = history.insertRunning(sink, running);
            }

            @Override
            public void update(boolean success, long durationMillis, String detail) {
                history.finish(sink, row, success, durationMillis, detail);
            }
        };
    }

    @Override
    public void commit(boolean transactional) {
        if (transactional) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new StatementFailure("COMMIT", e);
            }
        }
    }

    @Override
    public void outsideTransaction(Runnable body, boolean transactional) {
        commit(transactional);
        begin("autocommit block", false);
        try {
            body.run();
        } finally {
            begin("rest of the revision", transactional);
        }
    }

    @Override
    public void rollback(boolean transactional) {
        if (transactional) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "rollback failed after a failed revision", e);
            }
        }
    }
}
