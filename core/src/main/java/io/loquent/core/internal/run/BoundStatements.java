package io.loquent.core.internal.run;

import io.loquent.api.DefinitionException;
import io.loquent.api.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script's own statements with {@code ?} parameters ({@code op.query}, {@code op.update}): run with the values
 * bound online, written with the values as the dialect's literals offline.
 */
final class BoundStatements {
    private BoundStatements() {
    }

    /** The rows {@code sql} reads, each an ordered map of column label to value. */
    static List<Map<String, Object>> query(Connection connection, Dialect dialect, String sql, List<Object> params) {
        try (PreparedStatement statement = prepare(connection, dialect, sql, params);
             ResultSet rs = statement.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return Collections.unmodifiableList(rows);
        } catch (SQLException e) {
            throw new StatementFailure(shown(sql, params), e);
        }
    }

    /** Runs {@code sql} with {@code params} bound; the number of rows it changed. */
    static int update(Connection connection, Dialect dialect, String sql, List<Object> params) {
        try (PreparedStatement statement = prepare(connection, dialect, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StatementFailure(shown(sql, params), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, Dialect dialect, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                dialect.bind(statement, i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * The statement as the history and failure reports show it: the text with its placeholders, and a hash of the
     * values rather than the values themselves (they may be personal data). The hash makes a statement run with other
     * values a different statement, so that {@code --resume} never skips an update for one that committed with
     * other values.
     */
    static String shown(String sql, List<Object> params) {
        if (params.isEmpty()) {
            return sql;
        }
        StringBuilder values = new StringBuilder();
        for (Object v : params) {
            values.append(v == null ? "null" : v.getClass().getName() + ":"
                    + (v instanceof byte[] b ? HexFormat.of().formatHex(b) : v.toString())).append('\u0000');
        }
        String hash = Progress.hash(values.toString()).substring(0, 8);
        return sql + " -- " + params.size() + (params.size() == 1 ? " value" : " values") + " bound (" + hash + ")";
    }

    /**
     * {@code sql} with each {@code ?} placeholder replaced by the next value as the dialect's literal, for a script
     * that the database's shell runs. A {@code ?} inside a quoted string, a quoted identifier or a comment is text,
     * not a placeholder, as it is for the driver.
     *
     * @throws DefinitionException when the placeholders and the values do not pair up
     */
    static String inline(Dialect dialect, String sql, List<Object> params) {
        List<Integer> at = placeholders(sql);
        if (at.size() != params.size()) {
            throw new DefinitionException("the statement '" + Failures.cut(sql) + "' has " + at.size()
                    + " ? placeholder(s) for " + params.size() + " value(s): give one value per ?");
        }
        StringBuilder out = new StringBuilder(sql.length() + 16 * params.size());
        int from = 0;
        for (int p = 0; p < at.size(); p++) {
            out.append(sql, from, at.get(p)).append(dialect.literal(params.get(p)));
            from = at.get(p) + 1;
        }
        return out.append(sql, from, sql.length()).toString();
    }

    /** Where the {@code ?} placeholders of {@code sql} are. */
    private static List<Integer> placeholders(String sql) {
        List<Integer> at = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            int end = skipQuoted(sql, i);
            if (end > i) {
                i = end;
            } else {
                if (sql.charAt(i) == '?') {
                    at.add(i);
                }
                i++;
            }
        }
        return at;
    }

    /** The end of the quoted text or comment starting at {@code i}, or {@code i} when none starts there. */
    private static int skipQuoted(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < sql.length()) {
                if (sql.charAt(j) == c) {
                    if (j + 1 < sql.length() && sql.charAt(j + 1) == c) { // a doubled quote stands for itself
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                if (sql.charAt(j) == '\\' && c == '\'' && j + 1 < sql.length()) { // MySQL's escaped quote
                    j += 2;
                    continue;
                }
                j++;
            }
            return sql.length();
        }
        if (sql.startsWith("--", i)) {
            int eol = sql.indexOf('\n', i);
            return eol < 0 ? sql.length() : eol;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }
}
