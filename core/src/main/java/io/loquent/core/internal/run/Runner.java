package io.loquent.core.internal.run;

import io.loquent.api.Migration;
import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationListener;
import io.loquent.core.StepResult;
import io.loquent.core.Version;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Step;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan through a {@link StatementSink}: online on a connection, or written as a script. Where the dialect has
 * transactional DDL, each revision, its version-table change and its history row are one transaction, so a failure
 * leaves nothing of that revision behind; elsewhere the version table moves only after a revision's last statement
 * succeeded, and the failure is recorded with the statements that did run.
 */
public final class Runner {
    private static final System.Logger LOG = System.getLogger(Runner.class.getName());

    private final Dialect dialect;
    private final NamingConvention naming;
    private final MigrationListener listener;

    public Runner(Dialect dialect, NamingConvention naming, MigrationListener listener) {
        this.dialect = dialect;
        this.naming = naming;
        this.listener = listener;
    }

    /**
     * Runs every step of {@code plan}; returns what ran.
     *
     * @param history where to record each step, or null for a sink that does not execute
     * @param who     the database user, recorded in the history
     */
    List<StepResult> run(Plan plan, StatementSink sink, VersionStore versions, HistoryStore history, String who,
                         RunHooks hooks) {
        List<StepResult> results = new ArrayList<>();
        for (Step step : plan.steps()) {
            results.add(runStep(step, sink, versions, history, who, hooks));
        }
        return results;
    }

    private StepResult runStep(Step step, StatementSink sink, VersionStore versions, HistoryStore history, String who,
                               RunHooks hooks) {
        String message = step.revision().info().message();
        String title = "Running " + (step.upgrade() ? "upgrade " : "downgrade ") + step.describe() + ", " + message;
        listener.stepStarting(step.describe(), message, step.upgrade());
        LOG.log(System.Logger.Level.INFO, title);
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        long start = System.nanoTime();
        boolean transactional = dialect.transactionalDdl();
        RenderContext context = sink.context();
        List<String> executed = new ArrayList<>();
        int[] committed = {0};
        try {
            sink.begin(title, transactional);
            OperationRecorder op = new OperationRecorder(operation -> {
                for (String sql : dialect.render(operation, context)) {
                    sink.execute(sql);
                    executed.add(sql);
                }
            }, naming, body -> sink.outsideTransaction(() -> {
                committed[0] = executed.size();
                try {
                    body.run();
                } finally {
                    committed[0] = executed.size(); // what ran in the block committed, even if it then failed
                }
            }, transactional));
            MigrationScript script = step.revision().newScript();
            Migration.bind(op, () -> {
                if (step.upgrade()) {
                    script.upgrade(op);
                } else {
                    script.downgrade(op);
                }
            });
            for (String sql : versions.changeStatements(step.rowsBefore(), step.rowsAfter(), context)) {
                sink.execute(sql);
                executed.add(sql);
            }
            if (history != null) {
                long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
                for (String sql : history.insert(entry(step, started, ms, who, true, null), context)) {
                    sink.execute(sql);
                }
            }
            hooks.verifyRevision(step.id());
            sink.commit(transactional);
        } catch (RuntimeException | Error e) {
            sink.rollback(transactional);
            List<String> kept = transactional ? executed.subList(0, committed[0]) : executed;
            if (history != null && !kept.isEmpty()) {
                recordFailure(step, sink, history, started, start, who, kept);
            }
            throw Failures.of(step, e, kept);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        StepResult result = new StepResult(step.id(), step.upgrade(), step.describe(), message, executed.size(), took);
        listener.stepFinished(result);
        return result;
    }

    /** Where DDL commits as it goes, the history keeps which statements of a failed revision did run. */
    private void recordFailure(Step step, StatementSink sink, HistoryStore history, LocalDateTime started, long start,
                               String who, List<String> executed) {
        String detail = executed.size() + " statement(s) ran and committed before the failure:\n"
                + String.join(";\n", executed);
        sink.begin("record the failure", false);
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        try {
            for (String sql : history.insert(entry(step, started, ms, who, false, detail), sink.context())) {
                sink.execute(sql);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the failed revision in " + history.table(), e);
        }
    }

    static HistoryEntry entry(Step step, LocalDateTime started, long ms, String who, boolean success, String detail) {
        return new HistoryEntry(0, step.id(), step.upgrade() ? "up" : "down", step.revision().info().checksum(),
                step.revision().info().message(), started, ms, who, System.getProperty("user.name"), Version.LOQUENT,
                success, detail);
    }
}
