package io.loquent.api.dialect;

import java.util.List;

/**
 * What a dialect does around a run, beyond rendering operations: statements before the first transaction opens
 * (SQLite turns foreign-key enforcement off so that a table rebuild fires no ON DELETE action), a check inside each
 * revision's transaction before it commits (SQLite's {@code PRAGMA foreign_key_check}), and statements after the
 * run that restore the session.
 */
public interface RunHooks {
    /** Hooks that do nothing. */
    RunHooks NONE = new RunHooks() {
    };

    /** Statements to run before the run's first transaction. */
    default List<String> beforeRun() {
        return List.of();
    }

    /**
     * Checks a revision's work before its transaction commits; throws a {@link io.loquent.api.LoquentException}
     * saying what is wrong to roll the revision back.
     */
    default void verifyRevision(String revision) {
    }

    /** Statements to run after the run, whether it succeeded or not. */
    default List<String> afterRun() {
        return List.of();
    }
}
