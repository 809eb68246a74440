package io.loquent.core.internal.graph;

import java.util.List;
import java.util.Set;

/** The steps from the current version rows to the target, in order, and the rows at the end. */
public record Plan(List<Step> steps, Set<String> startRows, Set<String> endRows) {
    public Plan {
        steps = List.copyOf(steps);
        startRows = Set.copyOf(startRows);
        endRows = Set.copyOf(endRows);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
