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
        return "table " + table + " may have been changed by " + where();
    }

    /** {@code raw SQL at revision 3f2a (upgrade, step 4: UPDATE …)}. */
    public String where() {
        String shown = sql.length() > 60 ? sql.substring(0, 57) + "..." : sql;
        return "raw SQL at revision " + revision + " (" + (upgrade ? "upgrade" : "downgrade") + ", step " + step + ": "
                + shown + ")";
    }

    /**
     * Whether the statement names {@code table} as a word (any case, quoted or not): a statement that never names a
     * table cannot have changed it, short of a trigger or a procedure the model knows nothing of either.
     */
    public boolean mentions(String table) {
        String text = sql.toLowerCase(java.util.Locale.ROOT);
        String name = table.toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !identifierPart(text.charAt(at - 1)))
                    && (end == text.length() || !identifierPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
