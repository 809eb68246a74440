package io.loquent.core.internal.run;

import io.loquent.core.HistoryEntry;

/**
 * A revision's history row kept up to date while the revision runs, where each statement commits as it runs: written
 * before the first statement, rewritten as each statement starts and commits, completed at the end. Only a sink that
 * executes on a connection can keep one ({@link StatementSink#progressLog}); elsewhere the row is written once, with
 * the revision's own transaction or its script, and this log is {@link #NONE}.
 */
interface ProgressLog {
    /** The log of a sink that keeps none. */
    ProgressLog NONE = new ProgressLog() {
        @Override
        public boolean active() {
            return false;
        }

        @Override
        public void start(HistoryEntry running) {
        }

        @Override
        public void update(boolean success, long durationMillis, String detail) {
        }
    };

    /** Whether a row was started: there is something to {@link #update}. */
    boolean active();

    /** Writes the row of a revision that starts to run. */
    void start(HistoryEntry running);

    /** Rewrites the row: what has committed so far, or how the revision ended. */
    void update(boolean success, long durationMillis, String detail);
}
