package io.loquent.api.dialect;

/**
 * A lock that keeps two runs from migrating the same database at once, held from reading the version table to the
 * last step. Closing it releases it; the database also releases it when the holder's session ends, so a run killed
 * with {@code kill -9} never leaves a lock behind (Liquibase's lock row does).
 */
public interface MigrationLock extends AutoCloseable {
    /** Releases the lock. Never throws: a failed release must not hide the run's own outcome. */
    @Override
    void close();
}
