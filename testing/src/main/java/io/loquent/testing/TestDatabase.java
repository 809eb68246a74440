package io.loquent.testing;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.Operation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database (MySQL) or schema (PostgreSQL) of one test class, with a random name; {@link TestDatabaseExtension}
 * creates it before the class and drops it, with everything in it, after. Its {@link #url()} points at it, so every
 * connection opened from it works inside it; {@link #connection()} is one such connection shared by the class.
 */
public final class TestDatabase {
    private final Engine engine;
    private final String serverUrl;
    private final String name;
    private final String url;
    private Connection connection;

    private TestDatabase(Engine engine, String serverUrl, String name) {
        this.engine = engine;
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = engine.databaseUrl(serverUrl, name);
    }

    static TestDatabase create(Engine engine, String serverUrl) throws SQLException {
        TestDatabase database = new TestDatabase(engine, serverUrl,
                "loquent_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.onServer(engine.createSql(database.name));
        return database;
    }

    /** The database's (MySQL) or schema's (PostgreSQL) name. */
    public String name() {
        return name;
    }

    /** The JDBC URL, with credentials, of the server with this database or schema as the current one. */
    public String url() {
        return url;
    }

    /** A new connection to {@link #url()}; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The connection the class shares, opened on first use and closed after the class. */
    public Connection connection() throws SQLException {
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    /** Runs {@code sql} on {@link #connection()}. */
    public void execute(String sql) throws SQLException {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        }
    }

    /** Renders {@code operation} online with {@code dialect}, runs each statement, and returns them. */
    public List<String> run(Dialect dialect, Operation operation) throws SQLException {
        List<String> statements = dialect.render(operation, RenderContext.online(connection()));
        for (String sql : statements) {
            execute(sql);
        }
        return statements;
    }

    /** Each row of the query, its columns joined with '|' (a SQL NULL is {@code null}). */
    public List<String> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        values.add(String.valueOf(rs.getString(c)));
                    }
                    rows.add(String.join("|", values));
                }
            }
            return rows;
        }
    }

    /** Closes the shared connection first, so that no lock of this class's own holds the drop up. */
    void drop() throws SQLException {
        try {
            if (connection != null) {
                connection.close();
            }
        } finally {
            onServer(engine.dropSql(name));
        }
    }

    private void onServer(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
