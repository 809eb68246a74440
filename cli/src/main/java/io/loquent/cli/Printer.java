package io.loquent.cli;

import io.loquent.core.ChecksumMismatchException;
import io.loquent.core.CurrentRevision;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationListener;
import io.loquent.core.RevisionDetail;
import io.loquent.core.RevisionInfo;
import io.loquent.core.StepResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the command line shows, in Alembic's shapes. */
final class Printer implements MigrationListener {
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = LoquentCli.OK;

    Printer(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** 0, or 1 when a command reported a problem without failing (check). */
    int exitCode() {
        return exitCode;
    }

    void line(String text) {
        out.println(text);
    }

    void raw(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void scriptsLoaded(int total, int compiled) {
        if (compiled > 0) {
            err.println("Compiled " + compiled + " of " + total + " revision file(s)");
        }
    }

    /** How often a wait is told again while it lasts, whatever the pace at which a dialect polls. */
    private static final long REPEAT_NANOS = 10_000_000_000L;
    private long lockToldAt;
    private long statementToldAt;

    /** Says the run is waiting for the lock, at first and then every ten seconds. */
    @Override
    public void lockWaiting(String holder) {
        if (due(lockToldAt)) {
            lockToldAt = System.nanoTime();
            err.println("Waiting for the migration lock: " + holder);
        }
    }

    /** Says what a statement waits for, at first and then every ten seconds (called from the wait watch's thread). */
    @Override
    public synchronized void statementWaiting(String blockers) {
        if (due(statementToldAt)) {
            statementToldAt = System.nanoTime();
            err.println("Waiting: " + blockers);
        }
    }

    private static boolean due(long toldAt) {
        return toldAt == 0 || System.nanoTime() - toldAt >= REPEAT_NANOS;
    }

    /** Progress goes to stderr: stdout carries only what a command is asked to print. */
    @Override
    public void stepFinished(StepResult r) {
        err.println("Running " + (r.upgrade() ? "upgrade " : "downgrade ") + r.path() + ", " + r.message()
                + " (" + r.duration().toMillis() + " ms)");
    }

    @Override
    public void warning(String message) {
        err.println("WARNING: " + message);
    }

    void ran(List<StepResult> results, String direction) {
        if (results.isEmpty()) {
            err.println("Nothing to " + direction + ": the database is already there");
        }
    }

    void stamped(Set<String> rows) {
        out.println("Stamped " + (rows.isEmpty() ? "base" : String.join(", ", rows)));
    }

    /** {@code <rev> (head)} per version row; nothing at base. */
    void current(List<CurrentRevision> rows) {
        rows.forEach(r -> out.println(r.id() + (r.head() ? " (head)" : "")));
    }

    /** {@code heads}: Alembic's {@code <rev> (labels) (head)} per head, or the verbose block. */
    void heads(List<RevisionDetail> heads, boolean verbose) {
        if (verbose) {
            revisions(heads, true, List.of());
        } else {
            heads.forEach(r -> out.println(r.id() + marks(r, List.of())));
        }
    }

    /** {@code branches}: each branch point, then one indented line per revision it branches into. */
    void branches(List<RevisionDetail> points, Map<String, RevisionDetail> children, boolean verbose) {
        for (RevisionDetail point : points) {
            revisions(List.of(point), verbose, List.of());
            for (String child : point.children()) {
                RevisionDetail c = children.get(child);
                out.println("    -> " + c.id() + marks(c, List.of()) + ", " + c.info().message());
            }
        }
    }

    private static String marks(RevisionDetail r, List<String> current) {
        return (r.labels().isEmpty() ? "" : " (" + String.join(", ", r.labels()) + ")")
                + (r.isHead() ? " (head)" : "") + (r.isBranchPoint() ? " (branchpoint)" : "")
                + (r.info().isMerge() ? " (mergepoint)" : "") + (current.contains(r.id()) ? " (current)" : "");
    }

    /** Alembic's one-line {@code <down> -> <rev> (labels) (head), message}, or the verbose block. */
    void revisions(List<RevisionDetail> revisions, boolean verbose, List<String> current) {
        for (RevisionDetail r : revisions) {
            String marks = marks(r, current);
            RevisionInfo info = r.info();
            String parents = info.down().isEmpty() ? "<base>" : String.join(", ", info.down());
            if (!verbose) {
                out.println(parents + " -> " + r.id() + marks + ", " + info.message());
                continue;
            }
            out.println("Rev: " + r.id() + marks);
            out.println((info.isMerge() ? "Merges: " : "Parent: ") + parents);
            if (r.isBranchPoint()) {
                out.println("Branches into: " + String.join(", ", r.children()));
            }
            if (!r.labels().isEmpty()) {
                out.println("Branch names: " + String.join(", ", r.labels()));
            }
            if (!info.dependsOn().isEmpty()) {
                out.println("Depends on: " + String.join(", ", info.dependsOn()));
            }
            out.println("Path: " + info.source());
            out.println();
            out.println("    " + info.message());
            out.println();
        }
    }

    /** The history table, oldest first. */
    void applied(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            out.println("No revision has run on this database yet");
            return;
        }
        String format = "%-5s %-14s %-6s %-23s %8s  %-10s %-10s %-16s %s%n";
        out.printf(format, "#", "revision", "dir", "started", "ms", "db user", "os user", "checksum", "result");
        for (HistoryEntry e : entries) {
            String started = e.startedAt() == null ? "" : e.startedAt().toString().replace('T', ' ');
            String sum = e.checksum() == null ? "" : e.checksum().substring(0, Math.min(16, e.checksum().length()));
            out.printf(format, e.id(), e.revision(), e.direction(), started, e.durationMillis(), nz(e.databaseUser()),
                    nz(e.osUser()), sum, e.success() ? "ok" : "FAILED: " + firstLine(e.detail()));
        }
    }

    void checked(List<ChecksumMismatchException.Mismatch> mismatches) {
        if (mismatches.isEmpty()) {
            out.println("OK: every applied script matches what ran");
            return;
        }
        for (ChecksumMismatchException.Mismatch m : mismatches) {
            err.println("ERROR: " + m.describe() + ". " + ChecksumMismatchException.ADVICE);
        }
        exitCode = LoquentCli.FAILED;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
