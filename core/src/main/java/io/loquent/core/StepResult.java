package io.loquent.core;

import java.time.Duration;

/**
 * One revision that ran: a versioned revision, or a repeatable one (see {@link #repeatable()}).
 *
 * @param revision    its id; a repeatable revision's name
 * @param upgrade     the direction; true for a repeatable revision
 * @param path        Alembic's {@code from -> to}, such as {@code <base> -> ae1027a6acf1}; {@code repeatable NAME}
 *                    for a repeatable revision
 * @param message     the revision's message
 * @param statements  how many statements it executed, version-table updates included
 * @param duration    how long it took
 */
public record StepResult(String revision, boolean upgrade, String path, String message, int statements,
                         Duration duration) {
    /** The start of a repeatable revision's {@link #path()}. */
    static final String REPEATABLE = "repeatable ";

    /** Whether this is a repeatable revision, run again because its file changed, rather than a versioned one. */
    public boolean repeatable() {
        return path.startsWith(REPEATABLE);
    }
}
