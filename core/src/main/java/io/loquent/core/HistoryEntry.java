package io.loquent.core;

import java.time.LocalDateTime;

/**
 * One row of the history table: a revision run up or down, or stamped.
 *
 * @param id             the row's sequence number
 * @param revision       the revision id
 * @param direction      {@code up}, {@code down} or {@code stamp}
 * @param checksum       the script's checksum at the time, such as {@code sha256:…}
 * @param message        the revision's message
 * @param startedAt      when it started (the local time of the machine that ran it)
 * @param durationMillis how long it took
 * @param databaseUser   the database user that ran it
 * @param osUser         the operating-system user that ran it
 * @param loquentVersion the Loquent version that ran it
 * @param success        whether it completed
 * @param detail         for a failure, what had run; otherwise null
 */
public record HistoryEntry(long id, String revision, String direction, String checksum, String message,
                           LocalDateTime startedAt, long durationMillis, String databaseUser, String osUser,
                           String loquentVersion, boolean success, String detail) {
}
