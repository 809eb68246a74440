package io.loquent.benchmarks;

import io.loquent.api.dialect.Dialect;
import io.loquent.dialect.mysql.MySqlDialect;
import io.loquent.dialect.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A schema (PostgreSQL) or database (MariaDB, MySQL) of its own on the server that the integration tests use, named
 * {@code loquent_bench_<random>} and dropped with everything in it afterwards. The server comes from
 * {@code LOQUENT_TEST_POSTGRES_URL} or {@code LOQUENT_TEST_MYSQL_URL}, with the local servers as defaults.
 */
final class ScratchDatabase implements AutoCloseable {
    private final boolean postgres;
    private final String serverUrl;
    private final String name;

    private ScratchDatabase(boolean postgres, String serverUrl, String name) {
        this.postgres = postgres;
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates a scratch database on the server of {@code database}: {@code postgresql} or {@code mysql}. */
    static ScratchDatabase create(String database) throws SQLException {
        boolean postgres = switch (database) {
            case "postgresql" -> true;
            case "mysql" -> false;
            default -> throw new IllegalArgumentException("unknown database '" + database + "': use postgresql or mysql");
        };
        String server = postgres ? environment("LOQUENT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")
                : environment("LOQUENT_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        if (!postgres && server.startsWith("jdbc:mysql:") && !server.contains("permitMysqlScheme")) {
            // The jar bundles MariaDB Connector/J, which serves jdbc:mysql: URLs only when asked to.
            server += (server.contains("?") ? "&" : "?") + "permitMysqlScheme=true";
        }
        ScratchDatabase scratch = new ScratchDatabase(postgres, server,
                "loquent_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        scratch.onServer(postgres ? "CREATE SCHEMA \"" + scratch.name + "\""
                : "CREATE DATABASE `" + scratch.name + "` CHARACTER SET utf8mb4");
        return scratch;
    }

    private static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The dialect of this server. */
    Dialect dialect() {
        return postgres ? new PostgresDialect() : new MySqlDialect();
    }

    /** A new connection with the scratch schema or database as the current one; the caller closes it. */
    Connection open() throws SQLException {
        return DriverManager.getConnection(url(false));
    }

    /**
     * Runs {@code statements} in as few round trips as the driver allows: joined into scripts of {@code perTrip}
     * statements each, sent as one multi-statement string (MariaDB Connector/J needs {@code allowMultiQueries}).
     */
    void executeInBulk(List<String> statements, int perTrip) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(true)); Statement st = connection.createStatement()) {
            for (int from = 0; from < statements.size(); from += perTrip) {
                st.execute(String.join(";\n", statements.subList(from, Math.min(statements.size(), from + perTrip))));
            }
        }
    }

    /**
     * Brings the planner's statistics of the catalogues that reflection reads up to date (PostgreSQL), as autovacuum
     * keeps them on a live server. Without it the plans follow whatever the statistics said before the tables were
     * created (and on a server with autovacuum off, such as a test server, that can be their size at initdb), and
     * the timings measure stale estimates. Needs a superuser; another user gets a warning per catalogue and no change.
     */
    void analyzeCatalogue() throws SQLException {
        if (postgres) {
            onServer("ANALYZE pg_catalog.pg_class, pg_catalog.pg_namespace, pg_catalog.pg_attribute,"
                    + " pg_catalog.pg_attrdef, pg_catalog.pg_type, pg_catalog.pg_constraint, pg_catalog.pg_index,"
                    + " pg_catalog.pg_depend, pg_catalog.pg_description");
        }
    }

    /**
     * Drops the scratch schema or database with everything in it. PostgreSQL's tables go first, a hundred per
     * statement: one DROP SCHEMA … CASCADE of a few thousand tables needs more locks than a transaction may hold
     * ({@code max_locks_per_transaction}).
     */
    @Override
    public void close() throws SQLException {
        if (!postgres) {
            onServer("DROP DATABASE `" + name + "`");
            return;
        }
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement st = admin.createStatement()) {
            while (true) {
                String tables;
                try (ResultSet rs = st.executeQuery("SELECT string_agg(format('%I.%I', schemaname, tablename), ', ')"
                        + " FROM (SELECT schemaname, tablename FROM pg_tables WHERE schemaname = '" + name
                        + "' LIMIT 100) batch")) {
                    rs.next();
                    tables = rs.getString(1);
                }
                if (tables == null) {
                    break;
                }
                st.execute("DROP TABLE " + tables + " CASCADE");
            }
            st.execute("DROP SCHEMA \"" + name + "\" CASCADE");
        }
    }

    /** The scratch URL: the name is {@code [a-z0-9_]}, so it needs no escaping. */
    private String url(boolean multiStatement) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query + 1);
        if (postgres) {
            return base + "?" + join(parameters, "currentSchema=" + name);
        }
        int path = base.indexOf('/', base.indexOf("//") + 2);
        String server = path < 0 ? base : base.substring(0, path);
        return server + "/" + name + "?" + join(parameters, multiStatement ? "allowMultiQueries=true" : "");
    }

    private static String join(String parameters, String extra) {
        return parameters.isEmpty() ? extra : extra.isEmpty() ? parameters : parameters + "&" + extra;
    }

    private void onServer(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl); Statement st = admin.createStatement()) {
            st.execute(sql);
        }
    }
}
