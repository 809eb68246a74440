package io.loquent.core;

import io.loquent.api.LoquentException;

/**
 * A revision failed while running. Carries the revision, its source, the operation and statement that failed, and
 * the database's SQLState and vendor code when the failure came from the database.
 */
public class MigrationFailedException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final String source;
    private final String statement;
    private final String sqlState;
    private final int vendorCode;

    public MigrationFailedException(String message, String revision, String source, String statement, String sqlState,
                                    int vendorCode, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.source = source;
        this.statement = statement;
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
    }

    public String revision() {
        return revision;
    }

    public String source() {
        return source;
    }

    /** The failing statement, or null when the script failed before reaching the database. */
    public String statement() {
        return statement;
    }

    public String sqlState() {
        return sqlState;
    }

    public int vendorCode() {
        return vendorCode;
    }
}
