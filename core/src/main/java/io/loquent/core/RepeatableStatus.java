package io.loquent.core;

import java.time.LocalDateTime;

/**
 * A repeatable revision and whether the next {@code upgrade} runs it.
 *
 * @param name    its name (the history's revision column)
 * @param message its header's message, or empty
 * @param source  its file and header line ({@code migrations/repeatable_views.sql:1})
 * @param state   whether it ran with the file as it is now
 * @param lastRun when it last ran successfully, or null if it never did
 */
public record RepeatableStatus(String name, String message, String source, State state, LocalDateTime lastRun) {
    /** Whether a repeatable ran with its file as it is now. */
    public enum State {
        /** It never ran here: the next upgrade runs it. */
        PENDING,
        /** Its file changed since it last ran: the next upgrade runs it again. */
        CHANGED,
        /** It last ran with the file as it is now. */
        CURRENT
    }

    /** Whether the next upgrade runs it. */
    public boolean due() {
        return state != State.CURRENT;
    }
}
