package io.loquent.core;

import java.time.Duration;

/**
 * One revision that ran.
 *
 * @param revision    its id
 * @param upgrade     the direction
 * @param path        Alembic's {@code from -> to}, such as {@code <base> -> ae1027a6acf1}
 * @param message     the revision's message
 * @param statements  how many statements it executed, version-table updates included
 * @param duration    how long it took
 */
public record StepResult(String revision, boolean upgrade, String path, String message, int statements,
                         Duration duration) {
}
