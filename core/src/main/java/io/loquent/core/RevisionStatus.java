package io.loquent.core;

import java.time.LocalDateTime;

/**
 * A revision and where the database stands with it, as {@code Loquent.info()} lists them (Flyway's {@code info}).
 *
 * @param info      its declaration
 * @param state     applied, pending, or unfinished (an earlier run committed part of it and stopped)
 * @param appliedAt when it was last applied or stamped, as the history records it; null when it is not applied
 * @param changed   whether its script has changed since it was applied (the check {@code upgrade} makes first)
 */
public record RevisionStatus(RevisionInfo info, State state, LocalDateTime appliedAt, boolean changed) {
    /** Where the database stands with a revision. */
    public enum State {
        /** Its version row, or one of a descendant, is in the version table. */
        APPLIED,
        /** Not applied: the next upgrade to the heads runs it. */
        PENDING,
        /** An earlier run committed part of it and stopped; upgrade refuses to go on until it is settled. */
        UNFINISHED
    }

    public String id() {
        return info.id();
    }
}
