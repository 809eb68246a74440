package io.loquent.api.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells what keeps the migration's session waiting while one of its statements runs long: another session's lock,
 * with who holds it and what it runs. Asked on the lock's connection, which is idle while the run holds the lock,
 * every few seconds, so that a run blocked by another (a killed run's statement still executing on the server, a
 * long transaction) says so instead of hanging without a word.
 */
@FunctionalInterface
public interface WaitProbe {
    /** A probe that never knows. */
    WaitProbe NONE = observer -> Optional.empty();

    /** What the migration's session waits for, or empty when it is not waiting on another session. */
    Optional<String> blockers(Connection observer) throws SQLException;
}
