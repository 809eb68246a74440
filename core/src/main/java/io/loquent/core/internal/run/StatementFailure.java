package io.loquent.core.internal.run;

import java.sql.SQLException;

/** Carries a failed statement out through the script's own frames to the runner, which reports it once. */
final class StatementFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String statement;

    StatementFailure(String statement, SQLException cause) {
        super(cause.getMessage(), cause, false, false);
        this.statement = statement;
    }

    String statement() {
        return statement;
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }
}
