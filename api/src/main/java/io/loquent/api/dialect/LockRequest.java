package io.loquent.api.dialect;

import java.sql.Connection;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a dialect needs to take the migration lock.
 *
 * @param connection a connection of its own, used for nothing else, so that a session-level lock never blocks the
 *                   migration's own statements (such as CREATE INDEX CONCURRENTLY)
 * @param name       the lock's name, derived from the version table so that separate histories do not contend
 * @param timeout    how long to wait before giving up
 * @param waiting    told, about once a second, who holds the lock while this run waits
 */
public record LockRequest(Connection connection, String name, Duration timeout, Consumer<String> waiting) {
}
