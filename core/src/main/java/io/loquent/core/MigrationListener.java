package io.loquent.core;

/**
 * Progress of a run, for a front end to show. The command line prints these; a library user may log them. Methods
 * run on the migrating thread, except {@link #statementWaiting}, and should return quickly.
 */
public interface MigrationListener {
    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** The scripts were loaded; {@code compiled} of them needed javac, the rest came from the cache. */
    default void scriptsLoaded(int total, int compiled) {
    }

    /** Another run holds the migration lock; called about once a second while this one waits. */
    default void lockWaiting(String holder) {
    }

    /**
     * A statement of the run has waited for a few seconds on another session (a lock it holds), which
     * {@code blockers} describes; called every few seconds while it waits, where the database can tell. Unlike the
     * other methods, it is called on a thread of its own ({@code loquent-wait-watch}), while the migrating thread
     * waits on its statement.
     */
    default void statementWaiting(String blockers) {
    }

    /** A revision is about to run on the database. Never called for offline scripts or dry runs. */
    default void stepStarting(String path, String message, boolean upgrade) {
    }

    /** A revision ran and its version-table change is committed. Never called for offline scripts or dry runs. */
    default void stepFinished(StepResult result) {
    }

    /** Something the user should know that does not stop the command, as one sentence. */
    default void warning(String message) {
    }
}
