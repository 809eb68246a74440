package io.loquent.core.internal.run;

import io.loquent.api.LoquentException;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.internal.graph.Step;
import java.sql.SQLException;
import java.util.List;

/** Turns whatever stopped a revision into one {@link MigrationFailedException} that says what, where and what now. */
public final class Failures {
    /** Statements are cut to about this many characters in messages. */
    private static final int STATEMENT_LIMIT = 1000;

    private Failures() {
    }

    /** @param committed the statements of the revision that committed before the failure and stay applied */
    static MigrationFailedException of(Step step, Throwable failure, List<String> committed) {
        String id = step.id();
        String source = step.revision().info().source();
        String direction = step.upgrade() ? "upgrade" : "downgrade";
        String where = "revision " + id + " (" + source + ") failed in " + direction;
        String outcome = outcome(step, committed);
        if (failure instanceof StatementFailure sf) {
            SQLException sql = sf.sqlException();
            String state = sql.getSQLState() == null ? "" : " [SQLState " + sql.getSQLState() + "]";
            return new MigrationFailedException(where + ": " + sentence(sql.getMessage()) + state + ". Statement: "
                    + cut(sf.statement()) + ". " + outcome, id, source, sf.statement(), sql.getSQLState(),
                    sql.getErrorCode(), sql);
        }
        String cause = failure instanceof LoquentException ? failure.getMessage()
                : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new MigrationFailedException(where + scriptLine(step, failure) + ": " + cause + ". " + outcome, id, source,
                null, null, 0, failure);
    }

    /** What is left in the database, and how to go on. */
    private static String outcome(Step step, List<String> committed) {
        String rows = step.rowsBefore().isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(step.rowsBefore()));
        if (committed.isEmpty()) {
            return "Nothing of it was applied; the database is still at " + rows + ". Fix the script and run again";
        }
        return committed.size() + " of its statements had already committed (this database commits DDL as it goes):"
                + " " + String.join("; ", committed.stream().map(Failures::cut).toList())
                + ". The schema now holds those changes but the version table is still at " + rows
                + ". Fix the script and undo them by hand, or run 'loquent stamp " + step.id()
                + "' once the schema matches the revision";
    }

    /** The script's own line where the failure passed through it, as {@code  at File.java:12}. */
    private static String scriptLine(Step step, Throwable failure) {
        String type = step.revision().type().getName();
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals(type) || frame.getClassName().startsWith(type + "$")) {
                return " at line " + frame.getLineNumber();
            }
        }
        return "";
    }

    /** A driver's message as the middle of one of our sentences: its first line, without a closing full stop. */
    public static String sentence(String message) {
        if (message == null) {
            return "no message from the database";
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    private static String cut(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= STATEMENT_LIMIT ? flat : flat.substring(0, STATEMENT_LIMIT) + " ...";
    }
}
