package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableName;
import io.loquent.core.internal.replay.Replayed;
import io.loquent.core.ChecksumMismatchException;
import io.loquent.core.DatabaseException;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationListener;
import io.loquent.core.RevisionInfo;
import io.loquent.core.RevisionNotFoundException;
import io.loquent.core.StepResult;
import io.loquent.core.Version;
import io.loquent.core.internal.drift.Snapshot;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.graph.Step;
import io.loquent.core.internal.script.ChecksumVerification;
import io.loquent.core.internal.script.Repeatable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The database side of every command: reading the version and history tables, checksum verification, running a
 * plan online under the lock, and stamping; writing a plan as a script is {@link PlanScript}'s. JDBC itself stays in
 * this package: the sinks, the stores, the lock's run and the wait watch.
 */
public final class Engine {
    private final Dialect dialect;
    private final Runner runner;
    private final VersionStore versions;
    private final HistoryStore history;
    private final SnapshotStore snapshots;
    private final MigrationListener listener;

    private final boolean lock;
    /** The schemas the history's tables live in, besides the default one: reflection reads them too. */
    private final Supplier<Set<String>> schemas;

    public Engine(Dialect dialect, NamingConvention naming, MigrationListener listener, String versionTable,
                  String historyTable) {
        this(dialect, naming, listener, versionTable, historyTable, true);
    }

    /** @param lock whether runs take the dialect's migration lock (false: {@code lock=none}) */
    public Engine(Dialect dialect, NamingConvention naming, MigrationListener listener, String versionTable,
                  String historyTable, boolean lock) {
        this(dialect, naming, listener, versionTable, historyTable, lock, Set::of);
    }

    /**
     * @param lock    whether runs take the dialect's migration lock (false: {@code lock=none})
     * @param schemas the schemas, besides the connection's default one, that the history's tables live in (asked
     *                for only when the catalogue is read, and at most once)
     */
    public Engine(Dialect dialect, NamingConvention naming, MigrationListener listener, String versionTable,
                  String historyTable, boolean lock, Supplier<Set<String>> schemas) {
        this.lock = lock;
        AtomicReference<Set<String>> known = new AtomicReference<>();
        this.schemas = () -> known.updateAndGet(k -> k != null ? k : Set.copyOf(schemas.get()));
        this.dialect = dialect;
        this.runner = new Runner(dialect, naming, listener);
        this.listener = listener;
        this.versions = new VersionStore(dialect, versionTable, naming);
        this.history = new HistoryStore(dialect, historyTable, naming);
        this.snapshots = new SnapshotStore(dialect, historyTable, naming);
    }

    /**
     * Loquent's own tables, which reflection leaves out: the version, history and snapshot tables, and the lock table
     * of dialects that lock with {@link io.loquent.api.dialect.TableLock}.
     */
    public Set<String> ownTables() {
        return Set.copyOf(List.of(versions.table(), history.table(), snapshots.table(),
                io.loquent.api.dialect.TableLock.TABLE));
    }

    /**
     * The schema the database holds now: the tables of the connection's default schema and of the schemas the
     * history's tables (and those of {@code also}) live in, without Loquent's own.
     */
    public Schema reflect(Connection connection, Schema... also) throws SQLException {
        Set<String> names = new TreeSet<>(schemas.get());
        for (Schema schema : also) {
            names.addAll(schemasOf(schema));
        }
        return names.isEmpty() ? dialect.reflect(connection, ownTables())
                : dialect.reflect(connection, ownTables(), names);
    }

    /** The schemas named by {@code schema}'s tables and the tables their foreign keys reference. */
    public static Set<String> schemasOf(Schema schema) {
        Set<String> names = new TreeSet<>();
        for (Table table : schema.tables()) {
            Optional.ofNullable(TableName.schemaOf(table.name())).ifPresent(names::add);
            table.foreignKeys().forEach(fk -> Optional.ofNullable(TableName.schemaOf(fk.referencedTable()))
                    .ifPresent(names::add));
        }
        return names;
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

    /** The revisions an earlier run left unfinished: statements committed, version table not moved. */
    public Set<String> unfinished(State state) {
        Set<String> revisions = new java.util.HashSet<>();
        Progress.pending(state.history()).values().forEach(r -> revisions.add(r.entry().revision()));
        return revisions;
    }

    /** Applied scripts that have changed since they were applied or last stamped. */
    public List<ChecksumMismatchException.Mismatch> mismatches(RevisionGraph graph, State state) {
        return verification(graph, state).mismatches();
    }

    private static ChecksumVerification verification(RevisionGraph graph, State state) {
        return ChecksumVerification.of(graph, HistoryStore.appliedChecksums(state.history()),
                graph.ancestors(state.rows()));
    }

    /** Opens connections for the lock. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /**
     * Takes the migration lock, reads the state, plans from it and runs the plan, so that no other run can read the
     * version table between this run's read and its last step. A revision of the plan that did not finish in an
     * earlier run (statements committed, version table not moved) stops the run, unless {@code resume} says to skip
     * what had committed and run the rest.
     *
     * @param verifyChecksums whether a script that has changed since it was applied stops the run
     */
    public List<StepResult> migrate(Connection connection, Connections lockConnections, Duration lockTimeout,
                                    RevisionGraph graph, Function<State, Plan> planner, boolean verifyChecksums,
                                    boolean resume) {
        return migrate(connection, lockConnections, lockTimeout, graph, planner, verifyChecksums, resume, List.of());
    }

    /**
     * As {@link #migrate(Connection, Connections, Duration, RevisionGraph, Function, boolean, boolean)}; an upgrade
     * then runs, in name order, each of {@code repeatables} whose checksum differs from its last successful
     * {@code repeat} history row, each in a transaction of its own where DDL is transactional. Its result follows the
     * versioned steps', with the path {@link Repeatable#describe()}. A downgrade leaves them alone.
     */
    public List<StepResult> migrate(Connection connection, Connections lockConnections, Duration lockTimeout,
                                    RevisionGraph graph, Function<State, Plan> planner, boolean verifyChecksums,
                                    boolean resume, List<Repeatable> repeatables) {
        return locked().run(connection, lockConnections, lockTimeout, (sink, hooks) -> {
            State state = read(connection, graph, false);
            ChecksumVerification checksums = verification(graph, state);
            if (verifyChecksums && !checksums.mismatches().isEmpty()) {
                throw new ChecksumMismatchException(checksums.mismatches());
            }
            Plan plan = planner.apply(state);
            Map<String, Progress.Recorded> unfinished = Progress.pending(state.history());
            Map<String, Progress.Recorded> resumed = resumable(graph, plan, unfinished, resume);
            recordSuperseded(sink, checksums.superseded().stream()
                    .filter(info -> !unfinished.containsKey(Progress.key(info.id(), true))
                            && !unfinished.containsKey(Progress.key(info.id(), false))).toList(), user(connection));
            boolean down = !plan.isEmpty() && !plan.steps().get(plan.steps().size() - 1).upgrade();
            List<StepResult> results = new ArrayList<>();
            List<Repeatable> changed = down ? List.of() : Repeats.changed(repeatables, state.history());
            try {
                results.addAll(runner.run(plan, sink, ledger(connection), hooks, resumed));
                for (Repeatable repeatable : changed) {
                    results.add(repeats().run(sink, repeatable, user(connection)));
                }
            } catch (RuntimeException failed) {
                // What committed before the failure (earlier revisions; statements where DDL is not transactional)
                // is Loquent's doing too: the snapshot follows it, so that check does not call it drift.
                Set<String> now = versionRows(connection);
                if (!now.equals(state.rows()) || !dialect.transactionalDdl()
                        || results.size() > plan.steps().size()) {
                    recordSnapshot(sink, connection, now, down ? "downgrade" : "upgrade");
                }
                throw failed;
            }
            if (!plan.isEmpty() || !changed.isEmpty() || !hasSnapshot(connection)) {
                recordSnapshot(sink, connection, plan.endRows(), down ? "downgrade" : "upgrade");
            }
            return results;
        });
    }

    private Set<String> versionRows(Connection connection) {
        try {
            return versions.read(connection);
        } catch (SQLException e) {
            return Set.of();
        }
    }

    private boolean hasSnapshot(Connection connection) {
        try {
            return snapshots.recorded(connection);
        } catch (SQLException | RuntimeException e) {
            return false; // unreadable: the run records a new one
        }
    }

    /**
     * Reflects the schema once and records it as the snapshot later drift checks compare with, in a transaction of
     * its own. The run itself has succeeded by now: a failure here is a warning, and the old snapshot is removed
     * rather than left to report the run's own changes as drift.
     */
    private void recordSnapshot(JdbcSink sink, Connection connection, Set<String> rows, String cause) {
        Schema schema;
        try {
            schema = reflect(connection);
        } catch (NotSupportedException e) {
            return; // a dialect that cannot read its catalogue has no drift to report; check says so
        } catch (SQLException | RuntimeException e) {
            unrecorded(sink, e);
            return;
        }
        try {
            Snapshot snapshot = new Snapshot(rows.stream().sorted().toList(),
                    LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), cause, schema);
            createSnapshotTable(sink, connection);
            sink.begin("record the schema snapshot", true);
            sink.execute(snapshots.clear());
            sink.record(snapshots.insert(snapshot));
            sink.commit(true);
        } catch (SQLException | RuntimeException e) {
            sink.rollback(true);
            unrecorded(sink, e);
        }
    }

    /** The run succeeded but its snapshot is not recorded: warn, and remove the old one rather than compare with it. */
    private void unrecorded(JdbcSink sink, Exception e) {
        listener.warning("the run succeeded, but its schema snapshot could not be recorded ("
                + Failures.sentence(e.getMessage()) + "), so 'loquent check' cannot report drift until the next"
                + " run records one");
        try {
            sink.begin("remove the old snapshot", false);
            sink.execute(snapshots.clear());
        } catch (RuntimeException ignored) {
            // the warning said drift cannot be reported; an old snapshot left behind is rejected by its revision
        }
    }

    /**
     * Creates the snapshot table when missing. Only a run that succeeded gets here, so a run refused at the start
     * (a version or history table that is not Loquent's) leaves no table behind.
     */
    private void createSnapshotTable(JdbcSink sink, Connection connection) throws SQLException {
        if (!snapshots.exists(connection)) {
            create(sink, snapshots.createStatements(sink.context()));
        }
    }

    /** The snapshot the last run left, if any; see {@link SnapshotStore#read}. */
    public java.util.Optional<Snapshot> snapshot(Connection connection) {
        try {
            return snapshots.read(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + snapshots.table() + ": " + e.getMessage()
                    + ". Check that the user may read it", e);
        }
    }

    /**
     * Under the lock, records the schema as it is now as the snapshot, and a history row that says drift was
     * accepted, with {@code accepted} (what differed) as its detail.
     */
    public void acceptDrift(Connection connection, Connections lockConnections, Duration lockTimeout,
                            RevisionGraph graph, List<String> accepted) {
        locked().run(connection, lockConnections, lockTimeout, (sink, hooks) -> {
            State state = read(connection, graph, true, false);
            List<String> rows = state.rows().stream().sorted().toList();
            try {
                Snapshot snapshot = new Snapshot(rows, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), "accept",
                        reflect(connection));
                createSnapshotTable(sink, connection);
                sink.begin("accept drift", true);
                sink.execute(snapshots.clear());
                sink.record(snapshots.insert(snapshot));
                String revision = rows.isEmpty() ? "base" : String.join(",", rows);
                sink.record(history.insert(new HistoryEntry(0, revision.length() > 255 ? revision.substring(0, 255)
                        : revision, "drift", null, "drift accepted: " + accepted.size() + " change(s) made outside"
                        + " Loquent", LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), 0, user(connection),
                        System.getProperty("user.name"), Version.LOQUENT, true,
                        accepted.isEmpty() ? null : String.join("\n", accepted))));
                sink.commit(true);
            } catch (SQLException e) {
                sink.rollback(true);
                throw new DatabaseException("cannot read the schema to accept it: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                sink.rollback(true);
                throw e;
            }
            return null;
        });
    }

    /**
     * What the plan may resume: a revision an earlier run left unfinished stops the run unless the plan runs it again
     * in the same direction with {@code resume}. One the plan does not run stops it in any case: the database may hold
     * part of it, and nothing else runs until that is settled.
     */
    private static Map<String, Progress.Recorded> resumable(RevisionGraph graph, Plan plan,
                                                             Map<String, Progress.Recorded> unfinished, boolean resume) {
        Map<String, Progress.Recorded> resumed = new HashMap<>();
        for (Step step : plan.steps()) {
            String key = Progress.key(step.id(), step.upgrade());
            Progress.Recorded recorded = unfinished.get(key);
            if (recorded != null && !resume) {
                throw Failures.unfinished(step, recorded);
            }
            if (recorded != null) {
                resumed.put(key, recorded);
            }
        }
        for (Map.Entry<String, Progress.Recorded> e : unfinished.entrySet()) {
            String revision = e.getValue().entry().revision();
            if (!resumed.containsKey(e.getKey()) && graph.contains(revision)) {
                throw Failures.unfinishedElsewhere(graph.get(revision).info(), e.getValue());
            }
        }
        return resumed;
    }

    /**
     * Records anew, under the current definition, the checksum of each applied revision whose recorded checksum has
     * an earlier one and still matches it (see {@link ChecksumVerification}), so that later runs compare like with
     * like. Nothing about the revision changed, so the row is a {@code stamp} that says why it was written.
     */
    private void recordSuperseded(JdbcSink sink, List<RevisionInfo> superseded, String who) {
        if (superseded.isEmpty()) {
            return;
        }
        sink.begin("record checksums", true);
        for (RevisionInfo info : superseded) {
            sink.record(history.insert(HistoryStore.record(info, "stamp", who,
                    "checksum recorded anew under its current definition; the revision is unchanged")));
        }
        sink.commit(true); // a failure is rolled back by the locked run
    }

    private Repeats repeats() {
        return new Repeats(dialect, history, listener);
    }

    private LockedRun locked() {
        return new LockedRun(dialect, listener, lock ? "loquent:" + versions.table() : null, this::createTables);
    }

    private Runner.Ledger ledger(Connection connection) {
        return new Runner.Ledger(versions, history, connection == null ? null : user(connection));
    }

    /**
     * Writes the plan as an offline SQL script, following the schema from {@code start}; see {@link PlanScript#write}.
     * The script cannot read the history, so each of {@code repeatables} follows the versioned revisions, with its
     * {@code repeat} row.
     */
    public void write(Plan plan, Appendable out, Replayed start, boolean createTables, String header,
                      List<Repeatable> repeatables) {
        script().write(plan, out, RenderContext.offline(), start, createTables, header, repeatables);
    }

    /**
     * Writes what running the plan now would execute, changing nothing; see {@link PlanScript#dryRun}. After an
     * upgrade's versioned revisions come those of {@code repeatables} that changed since they last ran.
     */
    public void dryRun(Connection connection, Plan plan, Appendable out, String header, List<Repeatable> repeatables) {
        List<Repeatable> changed;
        try {
            changed = Repeats.changed(repeatables, repeatables.isEmpty() ? List.of() : history.read(connection));
        } catch (SQLException e) {
            throw new DatabaseException("cannot read " + history.table() + ": " + e.getMessage()
                    + ". Check that the user may read it", e);
        }
        script().dryRun(connection, plan, out, header, changed);
    }

    private PlanScript script() {
        return new PlanScript(dialect, runner, versions, history, snapshots, this::ledger, repeats());
    }

    /**
     * Under the migration lock, moves the version rows to what {@code target} computes from the current state, and
     * records the stamp in the history: a {@code stamp} row for each revision it now covers that it did not cover
     * before, or whose checksum {@code accept} says to take anew; an {@code unstamp} row for each revision it no longer
     * covers, and for each unfinished revision it leaves uncovered (its committed statements are declared undone).
     */
    public Set<String> stamp(Connection connection, Connections lockConnections, Duration lockTimeout,
                             RevisionGraph graph, boolean purge, Function<State, Set<String>> target,
                             BiFunction<State, Set<String>, Collection<RevisionInfo>> accept) {
        return locked().run(connection, lockConnections, lockTimeout, (sink, hooks) -> {
            State state = read(connection, graph, purge);
            Set<String> after = target.apply(state);
            try {
                sink.begin("stamp", true);
                versions.changeStatements(state.rows(), after, sink.context()).forEach(sink::execute);
                String who = user(connection);
                for (StampRow row : StampRow.of(graph, state, after, accept.apply(state, after))) {
                    if (row.unfinished() != null && row.stamped()) {
                        listener.warning("revision " + row.info().id() + " did not finish when it last ran ("
                                + row.unfinished() + "); the stamp records it as applied: make sure the schema holds"
                                + " all of it");
                    }
                    sink.record(history.insert(row.entry(who)));
                }
                sink.commit(true);
                recordSnapshot(sink, connection, after, "stamp");
            } catch (StatementFailure f) {
                sink.rollback(true);
                throw new DatabaseException("stamp failed: " + f.getMessage() + ". Statement: " + f.statement()
                        + ". The version table is unchanged", f.sqlException());
            } catch (RuntimeException e) {
                sink.rollback(true);
                throw e;
            }
            return after;
        });
    }

    /** Creates the version and history tables when missing, each in a transaction of its own. */
    private void createTables(JdbcSink sink) {
        try {
            Connection connection = sink.context().connection().orElseThrow();
            requireSchema(connection);
            if (!versions.exists(connection)) {
                create(sink, versions.createStatements(sink.context()));
            }
            if (!history.exists(connection)) {
                create(sink, history.createStatements(sink.context()));
            }

        } catch (SQLException | StatementFailure e) {
            throw new DatabaseException("cannot create the version table '" + versions.table()
                    + "' or the history table '" + history.table() + "': " + Failures.sentence(e.getMessage())
                    + ". Check that the user may create tables and that the database is writable", e);
        }
    }

    /**
     * Refuses a {@code version_table_schema} that does not exist: Loquent does not create schemas (nor does Alembic),
     * as who owns one and who may use it is the database administrator's choice.
     */
    private void requireSchema(Connection connection) throws SQLException {
        String schema = TableName.schemaOf(versions.table());
        dialect.quoteTable(versions.table()); // a database without schemas refuses one first
        if (schema != null && !Catalog.schemaExists(connection, schema)) {
            throw new DatabaseException("version_table_schema '" + schema + "' does not exist in the database, so"
                    + " the version table '" + versions.table() + "' cannot be created there. Create it first (CREATE"
                    + " SCHEMA on PostgreSQL, CREATE DATABASE on MySQL), or leave version_table_schema unset", null);
        }
    }

    private void create(JdbcSink sink, List<String> statements) {
        boolean tx = dialect.transactionalDdl();
        sink.begin("create table", tx);
        try {
            statements.forEach(sink::execute);
            sink.commit(tx);
        } catch (StatementFailure e) {
            sink.rollback(tx); // no half-made table where DDL is transactional
            throw e;
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
