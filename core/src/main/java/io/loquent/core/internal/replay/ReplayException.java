package io.loquent.core.internal.replay;

import io.loquent.api.LoquentException;

/**
 * An operation that cannot apply to the schema replayed so far, as the database would refuse it:
 * {@code dropColumn users.phone: no such column at revision 3f2a}.
 */
public final class ReplayException extends LoquentException {
    private final String operation;
    private final String subject;
    private final String revision;

    /**
     * @param operation the operation, as the DSL names it ({@code dropColumn})
     * @param subject   what it names ({@code users.phone})
     * @param why       why it cannot apply
     * @param revision  the revision being replayed, or null when not known
     */
    public ReplayException(String operation, String subject, String why, String revision) {
        this(operation, subject, why, revision, null);
    }

    /** As {@link #ReplayException(String, String, String, String)}, with the failure behind it. */
    public ReplayException(String operation, String subject, String why, String revision, Throwable cause) {
        super(operation + " " + subject + ": " + why + (revision == null ? "" : " at revision " + revision), cause);
        this.operation = operation;
        this.subject = subject;
        this.revision = revision;
    }

    public String operation() {
        return operation;
    }

    public String subject() {
        return subject;
    }

    /** The revision being replayed, or null when not known. */
    public String revision() {
        return revision;
    }
}
