package io.loquent.dialect.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A database with a random name on the server of {@link #URL_VARIABLE}, dropped on close. */
final class TestDatabase implements AutoCloseable {
    private final Connection connection;
    private final String name;
    private final MySqlDialect dialect;

    private TestDatabase(Connection connection, String name, MySqlDialect dialect) {
        this.connection = connection;
        this.name = name;
        this.dialect = dialect;
    }

    static final String URL_VARIABLE = "LOQUENT_TEST_MYSQL_URL";

    /** A new database, or null when {@link #URL_VARIABLE} is unset. */
    static TestDatabase create(MySqlDialect dialect) throws SQLException {
        String url = TestServer.url(URL_VARIABLE, "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        if (url == null) {
            return null;
        }
        // MariaDB Connector/J serves jdbc:mysql: URLs only when asked to.
        if (url.startsWith("jdbc:mysql:") && !url.contains("permitMysqlScheme")) {
            url += (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
        TestDatabase db = new TestDatabase(DriverManager.getConnection(url),
                "loquent_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), dialect);
        db.execute("CREATE DATABASE " + dialect.quote(db.name) + " CHARACTER SET utf8mb4");
        db.connection.setCatalog(db.name);
        return db;
    }

    Connection connection() {
        return connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Each row as its columns joined with '|'. */
    List<String> rows(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getString(c)));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("DROP DATABASE " + dialect.quote(name));
        } finally {
            connection.close();
        }
    }
}
