package io.loquent.core.internal.run;

import io.loquent.api.LoquentException;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.core.internal.graph.Step;
import java.sql.SQLException;
import java.util.List;

/** Turns whatever stopped a revision into one {@link MigrationFailedException} that says what, where and what now. */
public final class Failures {
    /** Statements are cut to about this many characters in messages. */
    private static final int STATEMENT_LIMIT = 1000;

    private Failures() {
    }

    /** What a failure blames, for the advice that follows it. */
    enum Blame {
        /** The revision's own statements or code: fix the script. */
        SCRIPT,
        /** The database refuses changes (read-only, no privilege): fix the connection. */
        DATABASE,
        /** Loquent's own version or history table could not be written: it is not as Loquent made it. */
        BOOKKEEPING,
        /** The statement an earlier run was running when it stopped, run again: it may have taken effect then. */
        UNCERTAIN
    }

    /**
     * @param committed the statements of the revision that committed before the failure and stay applied
     * @param blame     what the failure blames
     * @param tables    the version and history tables, named in the advice for {@link Blame#BOOKKEEPING}
     * @param executed  whether statements ran on a database, rather than being written (offline) or rolled back
     */
    static MigrationFailedException of(Step step, Throwable failure, List<String> committed, Blame blame,
                                       String tables, boolean executed) {
        String id = step.id();
        String source = step.revision().info().source();
        String direction = step.upgrade() ? "upgrade" : "downgrade";
        String where = "revision " + id + " (" + source + ") failed in " + direction;
        // A script error or a refusal of the dialect already says what to do; the outcome then only says what is left.
        String advice = failure instanceof ScriptException || failure instanceof NotSupportedException
                || failure instanceof NeedsDatabase ? ""
                : ". " + advice(step, blame, tables);
        String outcome = executed ? outcome(step, committed, advice) : NOTHING_RAN + advice;
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

    /** The outcome of a failure in an offline script or a dry run: no database was changed. */
    public static final String NOTHING_RAN = "Nothing ran on a database";

    /** What is left in the database, and how to go on ({@code advice} starts with ". ", or is empty). */
    private static String outcome(Step step, List<String> committed, String advice) {
        String rows = rows(step.rowsBefore());
        if (committed.isEmpty()) {
            return "Nothing of it was applied; the database is still at " + rows + advice;
        }
        return committed.size() + " of its statements had already committed (this database commits DDL as it goes):"
                + " " + String.join("; ", committed.stream().map(Failures::cut).toList())
                + ". The schema now holds those changes but the version table is still at " + rows + ". "
                + RESUME_ADVICE + ", or undo them by hand and run 'loquent stamp current', or run 'loquent stamp "
                + rows(step.rowsAfter()) + "' once the schema matches what the " + (step.upgrade() ? "up" : "down")
                + "grade leaves";
    }

    private static String advice(Step step, Blame blame, String tables) {
        return switch (blame) {
            case SCRIPT -> "Fix the script and run again";
            case DATABASE -> "The database refuses changes (it is read-only, or the user may not change the schema):"
                    + " connect to a writable database as a user that may, and run again";
            case BOOKKEEPING -> "Loquent could not record the revision in " + tables + ": if those tables belong to"
                    + " something else, set version_table and history_table to other names in loquent.properties;"
                    + " otherwise restore them as Loquent created them, and run again";
            case UNCERTAIN -> "This statement was running when the earlier run stopped, so the database may have"
                    + " committed it then: if the schema already holds it, complete the revision by hand and run"
                    + " 'loquent stamp " + rows(step.rowsAfter()) + "'; otherwise fix the script and run again";
        };
    }

    /** How to go on from a revision whose statements partly committed. */
    static final String RESUME_ADVICE = "Fix the script if it is wrong, then run the same command with --resume to"
            + " skip the statements that committed and run the rest";

    /** A revision of the plan that an earlier run left unfinished, met without --resume. */
    static MigrationFailedException unfinished(Step step, Progress.Recorded recorded) {
        HistoryEntry e = recorded.entry();
        String source = step.revision().info().source();
        String how = e.detail().lines().findFirst().orElse("").startsWith("interrupted")
                ? "was interrupted (the process was killed or lost its connection)" : "failed";
        String message = "revision " + step.id() + " (" + source + ") did not finish when it last ran: its "
                + (step.upgrade() ? "upgrade" : "downgrade") + " started " + e.startedAt().toString().replace('T', ' ')
                + (e.osUser() == null ? "" : " by " + e.osUser()) + " " + how + " after " + recorded.size()
                + " of its statements had committed" + (recorded.size() == 0 ? "" : ": " + String.join("; ",
                recorded.lines().stream().map(Failures::cut).toList())) + (recorded.running() == null ? ""
                : ", and it stopped while running statement #" + (recorded.size() + 1) + ", which the database may or"
                + " may not have committed: " + cut(recorded.running()) + " (--resume runs it again: check first)")
                + ". The version table is still at " + rows(step.rowsBefore()) + ". "
                + RESUME_ADVICE + "; or undo them by hand and run 'loquent stamp current' (it records them as undone);"
                + " or complete the revision by hand and run 'loquent stamp " + rows(step.rowsAfter()) + "'";
        return new MigrationFailedException(message, step.id(), source, null, null, 0, null);
    }

    /** An unfinished revision that the plan does not run: it is settled first, whatever the plan. */
    static MigrationFailedException unfinishedElsewhere(RevisionInfo info, Progress.Recorded recorded) {
        HistoryEntry e = recorded.entry();
        boolean up = e.direction().equals("up");
        String resume = up ? "loquent upgrade " + info.id() + " --resume" : "loquent downgrade " + info.id() + "-1 --resume";
        String message = "revision " + info.id() + " (" + info.source() + ") did not finish when it last ran: its "
                + (up ? "upgrade" : "downgrade") + " started " + e.startedAt().toString().replace('T', ' ') + " stopped"
                + " after " + recorded.size() + " of its statements had committed" + (recorded.running() == null ? ""
                : " (and while running one more)") + ", so the database may hold part of it. Nothing else runs until"
                + " that is settled: finish it with '" + resume + "', or undo it by hand and run 'loquent stamp"
                + " current', or complete it by hand and run 'loquent stamp " + (up ? info.id() : info.id() + "-1")
                + "'";
        return new MigrationFailedException(message, info.id(), info.source(), null, null, 0, null);
    }

    /**
     * A resumed revision that no longer renders the statements its unfinished run committed: skipping them would be a
     * guess, so nothing runs.
     *
     * @param now what the revision renders at {@code index} now, or null when it renders fewer statements
     */
    static MigrationFailedException cannotResume(Step step, int index, Progress.Recorded recorded, String now) {
        String source = step.revision().info().source();
        String then = index < recorded.size() ? "committed '" + cut(recorded.lines().get(index)) + "'"
                : index == recorded.size() && recorded.running() != null ? "was running '" + cut(recorded.running()) + "'"
                : "committed no such statement";
        String message = "cannot resume revision " + step.id() + " (" + source + "): its statement #" + (index + 1)
                + " is " + (now == null ? "missing" : "'" + cut(now) + "'") + " now, but the unfinished run of "
                + recorded.entry().startedAt().toString().replace('T', ' ') + " " + then
                + ". The script or the schema changed since, so Loquent cannot tell what is left"
                + " to run. Nothing was run; undo the " + recorded.size() + " committed statement(s) by hand, run"
                + " 'loquent stamp current' (it records them as undone) and run again, or complete the revision by"
                + " hand and run 'loquent stamp "
                + rows(step.rowsAfter()) + "'";
        return new MigrationFailedException(message, step.id(), source, now, null, 0, null);
    }

    private static String rows(java.util.Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(" ", new java.util.TreeSet<>(rows));
    }

    /** The script's own line where the failure passed through it, as {@code  at File.java:12}. */
    private static String scriptLine(Step step, Throwable failure) {
        String type = step.revision().typeName();
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

    static String cut(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= STATEMENT_LIMIT ? flat : flat.substring(0, STATEMENT_LIMIT) + " ...";
    }
}
