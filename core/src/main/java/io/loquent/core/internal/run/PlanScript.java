package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.core.DatabaseException;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.diff.ReadBack;
import io.loquent.core.internal.drift.Snapshot;
import io.loquent.core.internal.replay.Replayed;
import io.loquent.core.internal.replay.SchemaTracker;
import io.loquent.core.internal.script.Repeatable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan written as SQL instead of run: the offline script of {@code --sql}, and the exact script of a dry run,
 * which on databases with transactional DDL really runs inside one transaction that is rolled back.
 */
final class PlanScript {
    private static final System.Logger LOG = System.getLogger(PlanScript.class.getName());
    private final Dialect dialect;
    private final Runner runner;
    private final VersionStore versions;
    private final HistoryStore history;
    private final SnapshotStore snapshots;
    private final Function<Connection, Runner.Ledger> ledger;
    private final Repeats repeats;

    PlanScript(Dialect dialect, Runner runner, VersionStore versions, HistoryStore history, SnapshotStore snapshots,
               Function<Connection, Runner.Ledger> ledger, Repeats repeats) {
        this.repeats = repeats;
        this.dialect = dialect;
        this.runner = runner;
        this.versions = versions;
        this.history = history;
        this.snapshots = snapshots;
        this.ledger = ledger;
    }

    /**
     * Writes the plan as a SQL script: each revision's statements, its version-table change and its history row;
     * offline, then the schema snapshot of the replayed result, for later drift checks.
     *
     * @param context      offline, or online for a dry run that may read the catalogue
     * @param start        offline, the schema at the plan's start (replayed from the history), which the script
     *                     follows so that each operation is rendered against the schema before it; null online
     * @param createTables whether the script starts by creating the version and history tables
     * @param repeatables  the repeatable revisions written after the plan's revisions, each with its history row
     */
    void write(Plan plan, Appendable out, RenderContext context, Replayed start, boolean createTables, String header,
               List<Repeatable> repeatables) {
        SchemaTracker tracker = start == null ? null : new SchemaTracker(start);
        ScriptSink sink = new ScriptSink(out, dialect, context, tracker);
        sink.comment(header);
        RunHooks hooks = dialect.runHooks(context);
        hooks.beforeRun().forEach(sink::execute);
        if (createTables) {
            sink.write("\n");
            tableStatements(context).forEach(sink::execute);
        }
        runner.run(plan, sink, ledger.apply(null), RunHooks.NONE, Map.of());
        repeatables.forEach(r -> repeats.run(sink, r, null));
        if (tracker != null) {
            snapshot(sink, tracker, plan, !repeatables.isEmpty());
        }
        if (!hooks.afterRun().isEmpty()) {
            sink.write("\n");
            hooks.afterRun().forEach(sink::execute);
        }
    }

    private List<String> tableStatements(RenderContext context) {
        List<String> statements = new ArrayList<>(versions.createStatements(context));
        statements.addAll(history.createStatements(context));
        statements.addAll(snapshots.createStatements(context));
        return statements;
    }

    /**
     * The snapshot of the schema the script leaves, as the replay computed it and the database will read it back.
     * Where raw SQL ran in the history, the replay may be wrong about it: the script then removes the old snapshot
     * and records none, and the next online run takes one; so too when it runs repeatable revisions, whose SQL the
     * replay does not follow either.
     */
    private void snapshot(ScriptSink sink, SchemaTracker tracker, Plan plan, boolean repeats) {
        sink.begin("schema snapshot, for drift checks", true);
        sink.execute(snapshots.clear());
        String unknown = tracker.unknownBecause();
        if (unknown == null && repeats) {
            unknown = "the script runs repeatable revisions, which the replay cannot follow";
        }
        if (unknown == null) {
            sink.record(snapshots.insert(new Snapshot(plan.endRows().stream().sorted().toList(),
                    LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), "offline",
                    ReadBack.of(tracker.schema(), dialect))));
        } else {
            sink.comment("no snapshot: " + unknown + "; the next online run records one");
        }
        sink.commit(true);
    }

    /**
     * Writes what running {@code plan} now would execute, changing nothing. Where DDL is transactional the plan really
     * runs inside one transaction that is then rolled back, so the script is exact even where a statement depends on
     * an earlier one; elsewhere each statement is rendered against the live catalogue without running.
     */
    void dryRun(Connection connection, Plan plan, Appendable out, String header, List<Repeatable> repeatables) {
        RenderContext context = RenderContext.online(connection);
        try {
            boolean createTables = !versions.exists(connection) || !history.exists(connection);
            if (!dialect.transactionalDdl()) {
                write(plan, out, context, null, createTables, header, repeatables);
                return;
            }
            RunHooks hooks = dialect.runHooks(context);
            JdbcSink jdbc = new JdbcSink(connection, dialect);
            jdbc.begin("before the dry run", false);
            hooks.beforeRun().forEach(jdbc::execute);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ScriptSink script = new ScriptSink(out, dialect, context, null);
                script.comment(header);
                DryRunSink sink = new DryRunSink(jdbc, script);
                if (createTables) {
                    script.write("\n");
                    if (!versions.exists(connection)) {
                        versions.createStatements(context).forEach(sink::execute);
                    }
                    if (!history.exists(connection)) {
                        history.createStatements(context).forEach(sink::execute);
                    }
                }
                Runner.Ledger run = ledger.apply(connection);
                runner.run(plan, sink, run, hooks, Map.of());
                repeatables.forEach(r -> repeats.run(sink, r, run.who()));
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
}
