package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.core.ChecksumMismatchException;
import io.loquent.core.DatabaseException;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationListener;
import io.loquent.core.RevisionInfo;
import io.loquent.core.RevisionNotFoundException;
import io.loquent.core.StepResult;
import io.loquent.core.Version;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database side of every command: the version and history tables, checksum verification, running a plan
 * online, writing it as a script, and stamping. The only place besides the sinks that touches JDBC.
 */
public final class Engine {
    private final Dialect dialect;
    private final Runner runner;
    private final VersionStore versions;
    private final HistoryStore history;

    public Engine(Dialect dialect, NamingConvention naming, MigrationListener listener, String versionTable,
                  String historyTable) {
        this.dialect = dialect;
        this.runner = new Runner(dialect, naming, listener);
        this.versions = new VersionStore(dialect, versionTable, naming);
        this.history = new HistoryStore(dialect, historyTable, naming);
    }

    /** What the database says: its version rows, checked against the scripts, and its history. */
    public record State(Set<String> rows, List<HistoryEntry> history) {
    }

    public State read(Connection connection, RevisionGraph graph, boolean allowUnknown) {
        try {
            Set<String> rows = versions.read(connection);
            if (!allowUnknown) {
                for (String row : rows) {
                    if (!graph.contains(row)) {
                        throw new RevisionNotFoundException(row, List.of(), "can't locate revision '" + row
                                + "': the database's " + versions.table() + " names it but no script declares it."
                                + " Restore the script, or move the database to a known revision with"
                                + " 'loquent stamp REV --purge'");
                    }
                }
            }
            return new State(rows, history.read(connection));
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + versions.table() + " or " + history.table() + ": "
                    + e.getMessage() + ". Check that the user may read them", e);
        }
    }

    public boolean versionTableExists(Connection connection) throws SQLException {
        return versions.exists(connection);
    }

    /** Fails when an applied script has changed since it was applied or last stamped. */
    public void verifyChecksums(RevisionGraph graph, State state) {
        List<ChecksumMismatchException.Mismatch> mismatches = mismatches(graph, state);
        if (!mismatches.isEmpty()) {
            throw new ChecksumMismatchException(mismatches);
        }
    }

    public List<ChecksumMismatchException.Mismatch> mismatches(RevisionGraph graph, State state) {
        Map<String, String> recorded = HistoryStore.appliedChecksums(state.history());
        List<ChecksumMismatchException.Mismatch> mismatches = new ArrayList<>();
        for (String id : graph.order()) {
            String applied = recorded.get(id);
            RevisionInfo info = graph.get(id).info();
            if (applied != null && graph.ancestors(state.rows()).contains(id) && !applied.equals(info.checksum())) {
                mismatches.add(new ChecksumMismatchException.Mismatch(id, info.source(), applied, info.checksum()));
            }
        }
        return mismatches;
    }

    /** Runs the plan on the connection, creating the version and history tables first when missing. */
    public List<StepResult> migrate(Connection connection, Plan plan) {
        boolean autoCommit = autoCommit(connection);
        try {
            createTables(connection);
            return runner.run(plan, new JdbcSink(connection), versions, history, user(connection));
        } finally {
            restore(connection, autoCommit);
        }
    }

    /**
     * Writes the plan as a SQL script.
     *
     * @param context            offline, or online for a dry run that may read the catalogue
     * @param createVersionTable whether the script starts by creating the version table
     */
    public void write(Plan plan, Appendable out, RenderContext context, boolean createVersionTable, String header) {
        ScriptSink sink = new ScriptSink(out, dialect, context);
        sink.comment(header);
        if (createVersionTable) {
            sink.write("\n");
            versions.createStatements(context).forEach(sink::execute);
        }
        runner.run(plan, sink, versions, null, null);
    }

    /**
     * Moves the version rows without running anything, and records each revision in {@code accept} as stamped with
     * its current checksum.
     */
    public void stamp(Connection connection, Set<String> before, Set<String> after, Collection<RevisionInfo> accept) {
        boolean autoCommit = autoCommit(connection);
        try {
            createTables(connection);
            JdbcSink sink = new JdbcSink(connection);
            sink.begin("stamp", dialect.transactionalDdl());
            versions.changeStatements(before, after, sink.context()).forEach(sink::execute);
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
            String who = user(connection);
            for (RevisionInfo info : accept) {
                HistoryEntry e = new HistoryEntry(0, info.id(), "stamp", info.checksum(), info.message(), now, 0, who,
                        System.getProperty("user.name"), Version.LOQUENT, true, null);
                history.insert(e, sink.context()).forEach(sink::execute);
            }
            sink.commit(dialect.transactionalDdl());
        } catch (StatementFailure f) {
            throw new DatabaseException("stamp failed: " + f.getMessage() + ". Statement: " + f.statement()
                    + ". The version table is unchanged where the database has transactional DDL", f.sqlException());
        } finally {
            restore(connection, autoCommit);
        }
    }

    private void createTables(Connection connection) {
        try {
            JdbcSink sink = new JdbcSink(connection);
            boolean tx = dialect.transactionalDdl();
            if (!versions.exists(connection)) {
                sink.begin("create " + versions.table(), tx);
                versions.createStatements(sink.context()).forEach(sink::execute);
                sink.commit(tx);
            }
            if (!history.exists(connection)) {
                sink.begin("create " + history.table(), tx);
                history.createStatements(sink.context()).forEach(sink::execute);
                sink.commit(tx);
            }
        } catch (SQLException | StatementFailure e) {
            throw new DatabaseException("cannot create the version table '" + versions.table() + "' or the history table '"
                    + history.table() + "': " + e.getMessage() + ". Check that the user may create tables", e);
        }
    }

    private static String user(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is closed next; nothing to restore
        }
    }
}
