package io.loquent.core;

import java.util.List;
import java.util.Optional;

/**
 * What {@code check} found between the schema the last run left (its snapshot) and the database now.
 *
 * @param since    where drift is counted from ({@code since revision 7c1e (applied 2026-11-30 14:02)}), or null
 *                 when no snapshot was taken yet: a database last migrated before Loquent took snapshots, or by an
 *                 offline script whose history runs raw SQL; the next run records one
 * @param findings one line each, {@code index ix_orders_date on orders was dropped outside Loquent since …};
 *                 empty when nothing drifted
 * @param unavailable why drift cannot be checked at all (the dialect cannot read its catalogue), or null
 */
public record DriftReport(String since, List<String> findings, String unavailable) {
    public DriftReport {
        findings = List.copyOf(findings);
    }

    public DriftReport(String since, List<String> findings) {
        this(since, findings, null);
    }

    /** A report for a database whose dialect cannot read its catalogue, so that nothing can be compared. */
    static DriftReport unavailable(String why) {
        return new DriftReport(null, List.of(), why);
    }

    /** Where drift is counted from; empty when there is no snapshot to count from. */
    public Optional<String> snapshot() {
        return Optional.ofNullable(since);
    }

    /** Whether the schema changed outside Loquent since the last run. */
    public boolean drifted() {
        return !findings.isEmpty();
    }
}
