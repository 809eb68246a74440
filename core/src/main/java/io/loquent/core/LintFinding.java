package io.loquent.core;

/**
 * A change that is correct and may still hurt a production database: what {@code loquent lint} reports.
 *
 * @param rule      the rule's id ({@code LQ001}, {@code PG001}, …)
 * @param severity  how bad: an error fails {@code lint}
 * @param revision  the revision that makes the change
 * @param source    its file or class
 * @param operation the operation, as Loquent describes it ({@code add column users.phone})
 * @param why       what goes wrong, in one sentence
 * @param instead   the safe way, as Loquent code or a plan
 */
public record LintFinding(String rule, Severity severity, String revision, String source, String operation,
                          String why, String instead) {
    /** How bad a finding is. */
    public enum Severity {
        /** Worth knowing; nothing to do on a small table. */
        INFO,
        /** Likely to hurt where the table is large or the application is running. */
        WARNING,
        /** Fails or blocks on this database as it is: {@code lint} exits 1. */
        ERROR
    }

    /** {@code error LQ001 revision 3f2a (file): add column users.phone: why. Instead: …}. */
    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule + " revision " + revision + " ("
                + source + "): " + operation + ": " + why + ". Instead: " + instead;
    }
}
