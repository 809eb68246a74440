package io.loquent.core;

/**
 * A change that is correct and may still hurt a production database: what {@code loquent lint} reports.
 *
 * @param rule      the rule's id ({@code LQ001}, {@code PG001}, …)
 * @param severity  how bad: an error fails {@code lint}, unless it is allowed
 * @param revision  the revision that makes the change
 * @param source    its file or class
 * @param operation the operation, as Loquent describes it ({@code add column users.phone})
 * @param why       what goes wrong, in one sentence
 * @param instead   the safe way, as Loquent code or a plan
 * @param allowed   why it is allowed ({@code @AllowLint}, a {@code .sql} revision's {@code allow_lint} line, or
 *                  {@code lint.disable}), or null: an allowed finding is listed, and never fails {@code lint}
 */
public record LintFinding(String rule, Severity severity, String revision, String source, String operation,
                          String why, String instead, String allowed) {
    /** How bad a finding is. */
    public enum Severity {
        /** Worth knowing; nothing to do on a small table. */
        INFO,
        /** Likely to hurt where the table is large or the application is running. */
        WARNING,
        /** Fails or blocks on this database as it is: {@code lint} exits 1. */
        ERROR
    }

    /** A finding nothing allows. */
    public LintFinding(String rule, Severity severity, String revision, String source, String operation, String why,
                       String instead) {
        this(rule, severity, revision, source, operation, why, instead, null);
    }

    /** Whether this finding fails {@code lint}: an error that nothing allows. */
    public boolean fails() {
        return severity == Severity.ERROR && allowed == null;
    }

    /** This finding, allowed for {@code reason}. */
    public LintFinding allowedFor(String reason) {
        return new LintFinding(rule, severity, revision, source, operation, why, instead, reason);
    }

    /**
     * {@code error LQ001 revision 3f2a (file): add column users.phone: why. Instead: …}, and
     * {@code  (allowed: reason)} at the end of an allowed one.
     */
    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule + " revision " + revision + " ("
                + source + "): " + operation + ": " + why + ". Instead: " + instead
                + (allowed == null ? "" : " (allowed: " + allowed + ")");
    }
}
