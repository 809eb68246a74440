package io.loquent.dialectkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An offline script run as a database's shell runs it, for the contract, which has JDBC but not the shells: one
 * statement at a time, in order, on one session, each ending at a {@code ;} outside quotes, comments left out.
 */
final class ShellScript {
    private ShellScript() {
    }

    /** Runs every statement of {@code script} on {@code connection}, in autocommit mode as a shell does. */
    static void run(Connection connection, String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(script)) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " in statement: " + sql, e.getSQLState(),
                            e.getErrorCode(), e);
                }
            }
        }
    }

    /** The statements of {@code script}: split at {@code ;} outside quotes, {@code --} comments dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                quote = c == quote ? 0 : quote; // a doubled quote closes and opens again
            } else if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
            } else if (c == ';') {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(c);
                quote = c == '\'' || c == '"' || c == '`' ? c : 0;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
