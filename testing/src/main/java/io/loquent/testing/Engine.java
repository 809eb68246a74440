package io.loquent.testing;

/** What differs between the servers the tests run on: the variable that names one, and how a test database is made. */
enum Engine {
    /** A schema of its own per test class, chosen with {@code currentSchema=} in the URL. */
    POSTGRES("LOQUENT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),

    /** A database of its own per test class, named in the URL's path; MySQL 8 or MariaDB. */
    MYSQL("LOQUENT_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    private final String variable;
    private final String example;

    Engine(String variable, String example) {
        this.variable = variable;
        this.example = example;
    }

    /** The environment variable that names the server, with credentials. */
    String variable() {
        return variable;
    }

    /** {@code url} made ready for this engine's drivers. */
    String serverUrl(String url) {
        // MariaDB Connector/J serves jdbc:mysql: URLs only when asked to; MySQL Connector/J ignores the parameter.
        return this == MYSQL && url.startsWith("jdbc:mysql:") && !url.contains("permitMysqlScheme")
                ? JdbcUrl.withParameter(url, "permitMysqlScheme", "true") : url;
    }

    /** Creates the test database {@code name}: generated from {@code [a-z0-9_]}, so it needs no escaping. */
    String createSql(String name) {
        return this == POSTGRES ? "CREATE SCHEMA \"" + name + "\""
                : "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4";
    }

    /** Drops the test database {@code name} with everything in it. */
    String dropSql(String name) {
        return this == POSTGRES ? "DROP SCHEMA \"" + name + "\" CASCADE" : "DROP DATABASE `" + name + "`";
    }

    /** The URL of the test database {@code name} on the server at {@code serverUrl}. */
    String databaseUrl(String serverUrl, String name) {
        return this == POSTGRES ? JdbcUrl.withParameter(serverUrl, "currentSchema", name)
                : JdbcUrl.withDatabase(serverUrl, name);
    }

    /** Why the tests of this engine cannot run, and how to make them run. */
    String missingMessage() {
        return variable + " is not set and Docker is not available, so the integration tests against a real server do"
                + " not run. Set it to a JDBC URL with credentials such as " + example + ", or start Docker, to run"
                + " them.";
    }
}
