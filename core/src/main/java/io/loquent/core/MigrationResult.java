package io.loquent.core;

import java.util.Iterator;
import java.util.List;

/**
 * What an {@code upgrade} or {@code downgrade} did: where the database was, where it is now, each revision that ran,
 * and what it warned of. Iterating it gives the steps, in the order they ran.
 *
 * @param from     the version rows before the run, sorted (empty at base)
 * @param to       the version rows after it, sorted (empty at base)
 * @param steps    the revisions that ran, in order; empty when the database was already at the target and no
 *                 repeatable revision had changed. After an upgrade's versioned revisions come the repeatable
 *                 revisions it ran again, each with the revision (its name) and the path {@code repeatable NAME}
 * @param warnings what the run warned of and did not stop for, one sentence each (also sent to the listener)
 */
public record MigrationResult(List<String> from, List<String> to, List<StepResult> steps, List<String> warnings)
        implements Iterable<StepResult> {
    public MigrationResult {
        from = List.copyOf(from);
        to = List.copyOf(to);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing ran: the database was at the target already. */
    public boolean ranNothing() {
        return steps.isEmpty();
    }

    @Override
    public Iterator<StepResult> iterator() {
        return steps.iterator();
    }
}
