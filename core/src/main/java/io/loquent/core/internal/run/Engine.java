package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
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
import io.loquent.core.internal.script.ChecksumVerification;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The database side of every command: the version and history tables, checksum verification, running a plan
 * online, writing it as a script, and stamping. The only place besides the sinks that touches JDBC.
 */
public final class Engine {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private final Dialect dialect;
    private final Runner runner;
    private final VersionStore versions;
    private final HistoryStore history;
    private final MigrationListener listener;

    public Engine(Dialect dialect, NamingConvention naming, MigrationListener listener, String versionTable,
                  String historyTable) {
        this.dialect = dialect;
        this.runner = new Runner(dialect, naming, listener);
        this.listener = listener;
        this.versions = new VersionStore(dialect, versionTable, naming);
        this.history = new HistoryStore(dialect, historyTable, naming);
    }

    /** What the database says: its version rows, checked against the scripts, and its history. */
    public record State(Set<String> rows, List<HistoryEntry> history) {
    }

    public State read(Connection connection, RevisionGraph graph, boolean allowUnknown) {
        return read(connection, graph, allowUnknown, true);
    }

    /** As {@link #read(Connection, RevisionGraph, boolean)}; without the history when {@code withHistory} is false. */
    public State read(Connection connection, RevisionGraph graph, boolean allowUnknown, boolean withHistory) {
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
            return new State(rows, withHistory ? history.read(connection) : List.of());
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + versions.table() + " or " + history.table() + ": "
                    + e.getMessage() + ". Check that the user may read them", e);
        }
    }

    /** Fails when an applied script has changed since it was applied or last stamped. */
    public void verifyChecksums(RevisionGraph graph, State state) {
        List<ChecksumMismatchException.Mismatch> mismatches = mismatches(graph, state);
        if (!mismatches.isEmpty()) {
            throw new ChecksumMismatchException(mismatches);
        }
    }

    public List<ChecksumMismatchException.Mismatch> mismatches(RevisionGraph graph, State state) {
        return ChecksumVerification.of(graph, HistoryStore.appliedChecksums(state.history()),
                graph.ancestors(state.rows())).mismatches();
    }

    /** Opens connections for the lock. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Takes the migration lock, reads the state, plans from it and runs the plan, so that no other run can read the
     * version table between this run's read and its last step.
     */
    public List<StepResult> migrate(Connection connection, Connections lockConnections, Duration lockTimeout,
                                    RevisionGraph graph, Function<State, Plan> planner) {
        return new LockedRun(dialect, listener, "loquent:" + versions.table(), this::createTables)
                .run(connection, lockConnections, lockTimeout, (sink, hooks) -> {
            State state = read(connection, graph, false);
            return runner.run(planner.apply(state), sink, versions, history, user(connection), hooks);
        });
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
        RunHooks hooks = dialect.runHooks(context);
        hooks.beforeRun().forEach(sink::execute);
        if (createVersionTable) {
            sink.write("\n");
            versions.createStatements(context).forEach(sink::execute);
        }
        runner.run(plan, sink, versions, null, null, RunHooks.NONE);
        if (!hooks.afterRun().isEmpty()) {
            sink.write("\n");
            hooks.afterRun().forEach(sink::execute);
        }
    }

    /**
     * Writes what running {@code plan} now would execute, changing nothing. Where DDL is transactional the plan really
     * runs inside one transaction that is then rolled back, so the script is exact even where a statement depends on
     * an earlier one; elsewhere each statement is rendered against the live catalogue without running.
     */
    public void dryRun(Connection connection, Plan plan, Appendable out, String header) {
        RenderContext context = RenderContext.online(connection);
        try {
            boolean createVersionTable = !versions.exists(connection);
            if (!dialect.transactionalDdl()) {
                write(plan, out, context, createVersionTable, header);
                return;
            }
            RunHooks hooks = dialect.runHooks(context);
            JdbcSink jdbc = new JdbcSink(connection);
            jdbc.begin("before the dry run", false);
            hooks.beforeRun().forEach(jdbc::execute);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ScriptSink script = new ScriptSink(out, dialect, context);
                script.comment(header);
                DryRunSink sink = new DryRunSink(jdbc, script);
                if (createVersionTable) {
                    script.write("\n");
                    versions.createStatements(context).forEach(sink::execute);
                }
                runner.run(plan, sink, versions, null, null, hooks);
            } finally {
                try {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                    jdbc.begin("after the dry run", false);
                    hooks.afterRun().forEach(jdbc::execute);
                } catch (SQLException | StatementFailure cleanup) {
                    LOG.log(System.Logger.Level.WARNING, "could not roll the dry run back cleanly", cleanup);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("dry run failed: " + e.getMessage() + ". Nothing was changed", e);
        }
    }

    /**
     * Under the migration lock, moves the version rows to what {@code target} computes from the current state, and
     * records each revision {@code accept} returns as stamped with its current checksum.
     */
    public Set<String> stamp(Connection connection, Connections lockConnections, Duration lockTimeout,
                             RevisionGraph graph, boolean purge, Function<State, Set<String>> target,
                             BiFunction<State, Set<String>, Collection<RevisionInfo>> accept) {
        return new LockedRun(dialect, listener, "loquent:" + versions.table(), this::createTables)
                .run(connection, lockConnections, lockTimeout, (sink, hooks) -> {
            State state = read(connection, graph, purge);
            Set<String> after = target.apply(state);
            boolean tx = dialect.transactionalDdl();
            try {
                sink.begin("stamp", tx);
                versions.changeStatements(state.rows(), after, sink.context()).forEach(sink::execute);
                LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
                String who = user(connection);
                for (RevisionInfo info : accept.apply(state, after)) {
                    HistoryEntry e = new HistoryEntry(0, info.id(), "stamp", info.checksum(), info.message(), now, 0,
                            who, System.getProperty("user.name"), Version.LOQUENT, true, null);
                    history.insert(e, sink.context()).forEach(sink::execute);
                }
                sink.commit(tx);
            } catch (StatementFailure f) {
                sink.rollback(tx);
                throw new DatabaseException("stamp failed: " + f.getMessage() + ". Statement: " + f.statement()
                        + ". The version table is unchanged", f.sqlException());
            } catch (RuntimeException e) {
                sink.rollback(tx);
                throw e;
            }
            return after;
        });
    }

    /**
     * Creates the version and history tables when missing: each in a transaction of its own, or inside the run's
     * exclusive transaction when {@code ownTransaction} is false.
     */
    private void createTables(JdbcSink sink, boolean ownTransaction) {
        boolean tx = ownTransaction && dialect.transactionalDdl();
        try {
            Connection connection = sink.context().connection().orElseThrow();
            if (!versions.exists(connection)) {
                create(sink, ownTransaction, tx, versions.createStatements(sink.context()));
            }
            if (!history.exists(connection)) {
                create(sink, ownTransaction, tx, history.createStatements(sink.context()));
            }
        } catch (SQLException | StatementFailure e) {
            throw new DatabaseException("cannot create the version table '" + versions.table()
                    + "' or the history table '" + history.table() + "': " + e.getMessage()
                    + ". Check that the user may create tables", e);
        }
    }

    private static void create(JdbcSink sink, boolean ownTransaction, boolean tx, List<String> statements) {
        if (ownTransaction) {
            sink.begin("create table", tx);
        }
        statements.forEach(sink::execute);
        if (ownTransaction) {
            sink.commit(tx);
        }
    }

    private static String user(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return null;
        }
    }


}
