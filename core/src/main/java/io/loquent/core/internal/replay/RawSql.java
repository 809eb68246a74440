package io.loquent.core.internal.replay;

/**
 * An {@code op.execute(sql)} met during a replay: the schema model cannot follow raw SQL, so the replay records where
 * it ran and a later caller can say so instead of guessing.
 *
 * @param revision the revision whose script ran it
 * @param upgrade  whether it ran in the revision's upgrade (else its downgrade)
 * @param step     its position among the operations the script recorded, from 1
 * @param sql      the statement text
 */
public record RawSql(String revision, boolean upgrade, int step, String sql) {
    public RawSql {
        if (revision == null || sql == null || step < 1) {
            throw new IllegalArgumentException("raw SQL needs a revision, a step from 1 and its text");
        }
    }

    /** {@code table users may have been changed by raw SQL at revision 3f2a (upgrade, step 4: UPDATE …)}. */
    public String caution(String table) {
        String shown = sql.length() > 60 ? sql.substring(0, 57) + "..." : sql;
        return "table " + table + " may have been changed by raw SQL at revision " + revision + " ("
                + (upgrade ? "upgrade" : "downgrade") + ", step " + step + ": " + shown + ")";
    }
}
