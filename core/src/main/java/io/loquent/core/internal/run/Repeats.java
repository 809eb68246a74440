package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.MigrationListener;
import io.loquent.core.StepResult;
import io.loquent.core.Version;
import io.loquent.core.internal.script.Repeatable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Runs repeatable revisions through a {@link StatementSink}: online after an upgrade's versioned revisions, or
 * written into a script. Each is one transaction where DDL is transactional: its statements and its {@code repeat}
 * history row (the revision column holds its name).
 */
final class Repeats {
    private final Dialect dialect;
    private final HistoryStore history;
    private final MigrationListener listener;

    Repeats(Dialect dialect, HistoryStore history, MigrationListener listener) {
        this.dialect = dialect;
        this.history = history;
        this.listener = listener;
    }

    /** The repeatables whose checksum differs from the one their last successful {@code repeat} row recorded. */
    static List<Repeatable> changed(List<Repeatable> repeatables, List<HistoryEntry> rows) {
        Map<String, String> last = HistoryStore.repeatedChecksums(rows);
        return repeatables.stream().filter(r -> !r.checksum().equals(last.get(r.name()))).toList();
    }

    /**
     * Runs one repeatable and records its {@code repeat} row. A failure names the repeatable and its file; the
     * versioned revisions before it stay committed.
     */
    StepResult run(StatementSink sink, Repeatable repeatable, String who) {
        boolean tx = dialect.transactionalDdl();
        if (sink.executes()) {
            listener.stepStarting(repeatable.describe(), repeatable.message(), true);
        }
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        long start = System.nanoTime();
        int statements = 0;
        String running = null;
        try {
            sink.begin("Running " + repeatable.describe() + (repeatable.message().isEmpty() ? ""
                    : ", " + repeatable.message()), tx);
            for (String sql : dialect.splitStatements(repeatable.body())) {
                running = sql;
                sink.execute(sql);
                statements++;
            }
            running = null;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            sink.record(history.insert(new HistoryEntry(0, repeatable.name(), "repeat", repeatable.checksum(),
                    repeatable.message(), started, took.toMillis(), who, System.getProperty("user.name"),
                    Version.LOQUENT, true, null)));
            sink.commit(tx);
            StepResult result = new StepResult(repeatable.name(), true, repeatable.describe(), repeatable.message(),
                    statements, took);
            if (sink.executes()) {
                listener.stepFinished(result);
            }
            return result;
        } catch (RuntimeException e) {
            sink.rollback(tx);
            String kept = tx ? "Nothing of it was kept" : statements + " of its statement(s) had committed";
            throw new MigrationFailedException(repeatable.source() + ": repeatable " + repeatable.name() + " failed: "
                    + Failures.sentence(e.getMessage()) + (running == null ? "" : ". Statement: " + running) + ". "
                    + kept + "; the versioned revisions before it stay applied. Fix the file and run"
                    + " 'loquent upgrade' again", repeatable.name(), repeatable.source(), running,
                    e instanceof StatementFailure f ? f.sqlException().getSQLState() : null,
                    e instanceof StatementFailure f ? f.sqlException().getErrorCode() : 0, e);
        }
    }
}
