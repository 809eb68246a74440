package io.loquent.cli;

import io.loquent.core.CurrentRevision;
import io.loquent.core.MigrationListener;
import io.loquent.core.RevisionInfo;
import io.loquent.core.StepResult;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the command line shows, in Alembic's shapes. */
final class Printer implements MigrationListener {
    private final PrintStream out;
    private final PrintStream err;

    Printer(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void line(String text) {
        out.println(text);
    }

    @Override
    public void scriptsLoaded(int total, int compiled) {
        if (compiled > 0) {
            err.println("Compiled " + compiled + " of " + total + " revision file(s)");
        }
    }

    @Override
    public void stepFinished(StepResult r) {
        out.println("Running " + (r.upgrade() ? "upgrade " : "downgrade ") + r.path() + ", " + r.message()
                + " (" + r.duration().toMillis() + " ms)");
    }

    void ran(List<StepResult> results, String direction) {
        if (results.isEmpty()) {
            out.println("Nothing to " + direction + ": the database is already there");
        }
    }

    /** {@code <rev> (head)} per version row; nothing at base. */
    void current(List<CurrentRevision> rows) {
        rows.forEach(r -> out.println(r.id() + (r.head() ? " (head)" : "")));
    }

    /** {@code <down> -> <rev> (head) (branchpoint), message}, newest first. */
    void history(List<RevisionInfo> revisions) {
        Map<String, Integer> children = new HashMap<>();
        revisions.forEach(r -> r.down().forEach(d -> children.merge(d, 1, Integer::sum)));
        for (RevisionInfo r : revisions) {
            int n = children.getOrDefault(r.id(), 0);
            String from = r.down().isEmpty() ? "<base>" : String.join(", ", r.down());
            String labels = r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
            String marks = (n == 0 ? " (head)" : "") + (n > 1 ? " (branchpoint)" : "") + (r.isMerge() ? " (mergepoint)" : "");
            out.println(from + " -> " + r.id() + labels + marks + ", " + r.message());
        }
    }
}
