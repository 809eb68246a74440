package io.loquent.core.internal.run;

import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.Operation;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.MigrationListener;
import io.loquent.core.StepResult;
import io.loquent.core.Version;
import io.loquent.core.internal.dsl.DataAccess;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Step;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan through a {@link StatementSink}: online on a connection, or written as a script. Where the dialect has
 * transactional DDL, each revision, its version-table change and its history row are one transaction, so a failure
 * leaves nothing of that revision behind. Elsewhere each statement commits as it runs, so the revision's history row
 * is written before its first statement and records each statement as it commits: a failed or killed run leaves a
 * row that says exactly what had committed, from which {@code --resume} goes on. The version-table change and the
 * row's completion then commit together, in one transaction of their own.
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

    /** Where a run records its steps: the version and history tables, and who runs it. */
    record Ledger(VersionStore versions, HistoryStore history, String who) {
    }

    /**
     * Runs every step of {@code plan}; returns what ran.
     *
     * @param resume what earlier, unfinished runs of the plan's revisions had committed, by {@link Progress#key};
     *               those statements are checked against what the revision renders now and skipped
     */
    List<StepResult> run(Plan plan, StatementSink sink, Ledger ledger, RunHooks hooks,
                         Map<String, Progress.Recorded> resume) {
        List<StepResult> results = new ArrayList<>();
        for (Step step : plan.steps()) {
            Progress.Recorded done = resume.get(Progress.key(step.id(), step.upgrade()));
            results.add(new StepRun(step, sink, ledger, done).run(hooks));
        }
        return results;
    }

    /** One revision's run. */
    private final class StepRun implements DataAccess {
        private final Step step;
        private final StatementSink sink;
        private final Ledger ledger;
        private final Progress.Recorded resumed;
        private final boolean transactional = dialect.transactionalDdl();
        private final List<String> executed = new ArrayList<>();
        private final LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        private final long start = System.nanoTime();
        /** How many of {@link #executed} have committed and stay whatever happens next. */
        private int committed;
        /** Where DDL commits as it goes, the history row that follows the revision statement by statement. */
        private final ProgressLog progress;
        /** Whether a transaction is open that a failure must roll back: the revision's, or its bookkeeping's. */
        private boolean inTransaction;
        /** Whether Loquent's own rows are being written (before or after the revision's statements). */
        private boolean bookkeeping;

        StepRun(Step step, StatementSink sink, Ledger ledger, Progress.Recorded resumed) {
            this.step = step;
            this.sink = sink;
            this.ledger = ledger;
            this.resumed = resumed;
            this.progress = transactional ? ProgressLog.NONE : sink.progressLog(ledger.history());
        }

        private String title() {
            return "Running " + (step.upgrade() ? "upgrade " : "downgrade ") + step.describe() + ", "
                    + step.revision().info().message();
        }

        StepResult run(RunHooks hooks) {
            if (sink.executes()) {
                listener.stepStarting(step.describe(), step.revision().info().message(), step.upgrade());
                LOG.log(System.Logger.Level.INFO, title());
            }
            try {
                bookkeeping = true;
                progress.start(entry(false, running(null)));
                bookkeeping = false;
                sink.begin(title(), transactional);
                inTransaction = transactional;
                runScript();
                if (resumed != null && (executed.size() < resumed.size() || atUncertain())) {
                    throw Failures.cannotResume(step, executed.size(), resumed, null);
                }
                finish(hooks);
            } catch (MigrationFailedException refused) { // a resume that cannot go on: nothing of this run ran
                sink.rollback(inTransaction);
                recordFailure(List.of(), refused);
                throw refused;
            } catch (RuntimeException | Error e) {
                sink.rollback(inTransaction);
                List<String> kept = transactional ? executed.subList(0, committed) : executed;
                recordFailure(kept, e);
                throw Failures.of(step, e, kept, blame(e), "the tables '" + ledger.versions().table() + "' and '"
                        + ledger.history().table() + "'", sink.executes());
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            StepResult result = new StepResult(step.id(), step.upgrade(), step.describe(),
                    step.revision().info().message(), executed.size(), took);
            if (sink.executes()) {
                listener.stepFinished(result);
            }
            return result;
        }

        private void runScript() {
            OperationRecorder op = new OperationRecorder(this::perform, naming, this::outsideTransaction, this);
            MigrationScript script = step.revision().newScript();
            op.play(script, step.upgrade());
        }

        /** An autocommit block: {@code body} runs after what came before it committed, and what it runs stays. */
        private void outsideTransaction(Runnable body) {
            sink.outsideTransaction(() -> {
                committed = executed.size();
                inTransaction = false;
                try {
                    body.run();
                } finally {
                    committed = executed.size(); // what ran in the block committed, even if it then failed
                }
                inTransaction = transactional;
            }, transactional);
        }

        private void perform(Operation operation) {
            if (inTransaction && transactional && dialect.runsOutsideTransaction(operation)) {
                outsideTransaction(() -> perform(operation)); // its own autocommit block, as op.autocommitBlock
                return;
            }
            RenderContext context = sink.context(operation, step);
            if (operation instanceof BulkInsert insert) {
                JdbcSink.groups(insert).forEach(this::insert);
                return;
            }
            for (String sql : dialect.render(operation, context)) {
                if (resuming()) {
                    skip(sql);
                } else {
                    starting(sql);
                    sink.execute(sql);
                    executed.add(sql);
                    committedNow();
                }
            }
        }

        /** A script's read: in the revision's transaction, after the operations before it. */
        @Override
        public List<Map<String, Object>> query(String sql, List<Object> params) {
            return BoundStatements.query(sink.database("op.query"), dialect, sql, params);
        }

        /**
         * A script's write, one statement like any other: where DDL commits as it goes it commits on its own and the
         * history row records it, so that a resumed run skips it (returning 0) if the revision makes the same update
         * with the same values at that place, and refuses otherwise.
         */
        @Override
        public int update(String sql, List<Object> params) {
            String shown = BoundStatements.shown(sql, params);
            if (resuming()) {
                skip(shown);
                return 0;
            }
            starting(shown);
            int changed = sink.update(sql, params);
            executed.add(shown);
            committedNow();
            return changed;
        }

        @Override
        public Connection connection() {
            return sink.database("op.connection()");
        }

        /**
         * One run of rows with the same columns, as one statement. Where DDL commits as it goes, it is a transaction
         * of its own (rows are transactional there), so that it either committed or left nothing: the history row
         * can say which, and a resume never inserts a row twice.
         */
        private void insert(BulkInsert group) {
            String shown = JdbcSink.describe(dialect, group).get(0);
            if (resuming()) {
                skip(shown);
                return;
            }
            starting(shown);
            boolean own = !transactional && sink.executes();
            if (own) {
                sink.begin("insert", true);
                inTransaction = true;
            }
            executed.addAll(sink.insert(group));
            if (own) {
                sink.commit(true);
                inTransaction = false;
                sink.begin("after the insert", false);
            }
            committedNow();
        }

        /** Whether the next statement is one that an earlier run already committed. */
        private boolean resuming() {
            return resumed != null && executed.size() < resumed.size();
        }

        private void skip(String sql) {
            int index = executed.size();
            if (index >= resumed.size() || !resumed.matches(index, sql)) {
                throw Failures.cannotResume(step, index, resumed, sql);
            }
            executed.add(sql);
            committed = executed.size();
        }

        /** Whether the statement about to run is the one an earlier run was running when it stopped. */
        private boolean atUncertain() {
            return resumed != null && resumed.running() != null && executed.size() == resumed.size();
        }

        /**
         * Where DDL commits as it goes, the history row names the statement before it runs: a run killed while it
         * runs leaves that line, and the next run says the statement may have committed. A resumed run runs that
         * statement again only if the revision still renders it.
         */
        private void starting(String sql) {
            if (atUncertain() && !resumed.wasRunning(sql)) {
                throw Failures.cannotResume(step, executed.size(), resumed, sql);
            }
            if (progress.active()) {
                progress.update(false, millis(), running(sql));
            }
        }

        /** Where DDL commits as it goes, the statement just run stays: the history row says so at once. */
        private void committedNow() {
            if (!transactional) {
                committed = executed.size();
                if (progress.active()) {
                    progress.update(false, millis(), running(null));
                }
            }
        }

        /** The detail of the row while the revision runs: what has committed, and the statement running, if any. */
        private String running(String statement) {
            return Progress.detail("interrupted while running: " + Progress.count(resumed, executed)
                    + " statement(s) had committed", resumed, executed, statement);
        }

        /** The version-table change and the history row, in the revision's transaction or in one of their own. */
        private void finish(RunHooks hooks) {
            bookkeeping = true;
            if (!transactional && sink.executes()) {
                sink.begin("record " + step.id(), true);
                inTransaction = true;
            }
            for (String sql : ledger.versions().changeStatements(step.rowsBefore(), step.rowsAfter(), sink.context())) {
                sink.execute(sql);
            }
            if (progress.active()) {
                progress.update(true, millis(), null);
            } else {
                sink.record(ledger.history().insert(entry(true, null)));
            }
            hooks.verifyRevision(step.id());
            sink.commit(true);
        }

        private Failures.Blame blame(Throwable failure) {
            if (failure instanceof StatementFailure f && dialect.refusesChanges(f.sqlException())) {
                return Failures.Blame.DATABASE;
            }
            if (failure instanceof StatementFailure && atUncertain()) {
                return Failures.Blame.UNCERTAIN;
            }
            return bookkeeping && failure instanceof StatementFailure ? Failures.Blame.BOOKKEEPING
                    : Failures.Blame.SCRIPT;
        }

        /** Where statements committed before the failure, the history keeps which, for the report and --resume. */
        private void recordFailure(List<String> kept, Throwable failure) {
            if (!sink.executes() || (Progress.count(resumed, kept) == 0 && !progress.active())) {
                return;
            }
            String detail = Progress.detail("failed after " + Progress.count(resumed, kept)
                    + " statement(s) had committed: " + Failures.sentence(failure.getMessage()), resumed, kept, null);
            try {
                sink.begin("record the failure", false);
                if (progress.active()) {
                    progress.update(false, millis(), detail);
                } else {
                    sink.record(ledger.history().insert(entry(false, detail)));
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not record the failed revision in "
                        + ledger.history().table(), e);
            }
        }

        private long millis() {
            return Duration.ofNanos(System.nanoTime() - start).toMillis();
        }

        private HistoryEntry entry(boolean success, String detail) {
            return new HistoryEntry(0, step.id(), step.upgrade() ? "up" : "down", step.revision().info().checksum(),
                    step.revision().info().message(), started, millis(), ledger.who(),
                    System.getProperty("user.name"), Version.LOQUENT, success, detail);
        }
    }
}
