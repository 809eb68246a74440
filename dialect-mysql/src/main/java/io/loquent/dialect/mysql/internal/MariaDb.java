package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Sequence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What the dialect does differently on MariaDB, which it serves with MySQL: how to tell the two apart, and MariaDB's
 * sequences, which MySQL does not have.
 *
 * <p>Sequences: MariaDB 10.3 to 11.4 keeps their start and increment nowhere in information_schema (its
 * SEQUENCES view came with 11.5): each sequence is a one-row table of its own with {@code start_value} and
 * {@code increment} columns. All of them are read with one {@code UNION ALL} query, each row tagged with the
 * sequence's position in the list, so that the number of queries does not grow with the number of sequences.
 */
final class MariaDb {
    private MariaDb() {
    }

    /** Whether the server of {@code version} (VERSION(), or the driver's product version) is MariaDB. */
    static boolean is(String version) {
        return version.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    /**
     * Refuses {@code op} online on MySQL, which has no sequences; offline the server is unknown and the statement is
     * written for MariaDB.
     */
    static void requireSequences(RenderContext context, Operation op) {
        require(context, op, "has no sequences (MariaDB 10.3 and later has). Let an AUTO_INCREMENT column number the"
                + " rows (JPA GenerationType.IDENTITY), or keep the counter in a table (GenerationType.TABLE)");
    }

    /**
     * Refuses {@code op} online on MySQL, where only MariaDB has what it needs; {@code lack} completes "MySQL 8.0.x
     * …" with what is missing and what to do instead. Offline the server is unknown and the statement is written for
     * MariaDB.
     */
    static void require(RenderContext context, Operation op, String lack) {
        Connection connection = context.connection().orElse(null);
        if (connection == null) {
            return;
        }
        String version = version(connection, op);
        if (!is(version)) {
            throw new NotSupportedException("mysql", op.describe(), "MySQL " + version + " " + lack);
        }
    }

    /**
     * Refuses {@code op}, an index with expression keys, online on MariaDB, which has no functional key parts
     * (MySQL 8.0.13 has); offline the server is unknown and the statement is written for MySQL.
     */
    static void requireExpressionKeys(RenderContext context, Operation op) {
        Connection connection = context.connection().orElse(null);
        if (connection != null && is(version(connection, op))) {
            throw new NotSupportedException("mysql", op.describe(), "MariaDB has no index on an expression (MySQL"
                    + " 8.0.13 and later has). Add a generated column that computes it, such as op.execute(\"ALTER"
                    + " TABLE t ADD COLUMN email_lower VARCHAR(255) AS (lower(email)) STORED\"), and index that"
                    + " column");
        }
    }

    private static String version(Connection connection, Operation op) {
        try {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new LoquentException("Cannot read the server's version for " + op.describe() + ": " + e.getMessage()
                    + ". Check the connection", e);
        }
    }

    /**
     * The sequences called {@code names}, in that order, each name quoted with {@code quote}; no query at all when
     * there are none.
     */
    static List<Sequence> sequences(Connection connection, List<String> names, UnaryOperator<String> quote)
            throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
                    .append(", start_value, increment FROM ").append(quote.apply(names.get(i)));
        }
        Sequence[] sequences = new Sequence[names.size()];
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql.toString())) {
            while (rs.next()) {
                int i = rs.getInt(1);
                sequences[i] = new Sequence(names.get(i), rs.getLong(2), rs.getLong(3));
            }
        }
        return List.of(sequences);
    }
}
