package io.loquent.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor that {@code speed.sh} measures an apply against: plain JDBC executing a migration's own statements, in one
 * process, with nothing else.
 *
 * <pre>java -cp cli/target/loquent.jar:benchmarks/target/classes io.loquent.benchmarks.RawJdbcApply URL SCRIPT [--autocommit]</pre>
 *
 * {@code SCRIPT} is what {@code loquent upgrade head --sql} prints for the same revisions. Its statements are run
 * revision by revision ({@code -- Running upgrade} starts one); the script's own bookkeeping (the version, history and
 * snapshot tables, {@code BEGIN} and {@code COMMIT}) is left out, and a revision that the script wraps in
 * {@code BEGIN … COMMIT} runs in one JDBC transaction, as a hand-written migration runner would do it. With
 * {@code --autocommit} every statement commits on its own instead, JDBC's default (on SQLite, three times the
 * commits). Prints the number of statements and revisions run to stderr.
 */
public final class RawJdbcApply {
    private RawJdbcApply() {
    }

    /** One revision's statements, and whether the script runs them in a transaction. */
    record Group(List<String> statements, boolean transaction) {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--autocommit"))) {
            System.err.println("usage: RawJdbcApply JDBC_URL SCRIPT.sql [--autocommit]");
            System.exit(2);
        }
        boolean autocommit = args.length == 3;
        List<Group> groups = groups(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        int statements = 0;
        try (Connection connection = DriverManager.getConnection(args[0]); Statement statement = connection.createStatement()) {
            for (Group group : groups) {
                boolean transaction = group.transaction() && !autocommit;
                connection.setAutoCommit(!transaction);
                for (String sql : group.statements()) {
                    statement.execute(sql);
                    statements++;
                }
                if (transaction) {
                    connection.commit();
                }
            }
        }
        System.err.println("raw JDBC: " + statements + " statements in " + groups.size() + " revisions");
    }

    /** The revisions of an offline upgrade script, without Loquent's own tables and transaction statements. */
    static List<Group> groups(String script) {
        List<Group> groups = new ArrayList<>();
        List<String> current = null;
        boolean transaction = false;
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.startsWith("-- Running upgrade")) {
                if (current != null) {
                    groups.add(new Group(current, transaction));
                }
                current = new ArrayList<>();
                transaction = false;
                continue;
            }
            if (line.startsWith("--") || (statement.length() == 0 && line.isBlank())) {
                continue;
            }
            statement.append(line).append('\n');
            if (!line.endsWith(";")) {
                continue;
            }
            String sql = statement.substring(0, statement.length() - 2).strip(); // without ";\n"
            statement.setLength(0);
            String upper = sql.toUpperCase(Locale.ROOT);
            if (current == null || upper.contains("LOQUENT_VERSION") || upper.contains("LOQUENT_HISTORY")
                    || upper.contains("LOQUENT_SNAPSHOT") || upper.startsWith("PRAGMA")) {
                continue;
            }
            if (upper.equals("BEGIN") || upper.equals("START TRANSACTION")) {
                transaction = true;
            } else if (!upper.equals("COMMIT")) {
                current.add(sql);
            }
        }
        if (current != null) {
            groups.add(new Group(current, transaction));
        }
        return groups;
    }
}
