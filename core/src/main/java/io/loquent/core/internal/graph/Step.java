package io.loquent.core.internal.graph;

import io.loquent.core.internal.script.LoadedRevision;
import java.util.List;
import java.util.Set;

/**
 * One revision run in one direction, with the version rows before and after it.
 *
 * @param rowsBefore the version table before the step
 * @param rowsAfter  the version table after the step
 */
public record Step(LoadedRevision revision, boolean upgrade, Set<String> rowsBefore, Set<String> rowsAfter) {
    public Step {
        rowsBefore = Set.copyOf(rowsBefore);
        rowsAfter = Set.copyOf(rowsAfter);
    }

    public String id() {
        return revision.info().id();
    }

    /** Alembic's {@code from -> to}: the parents (or {@code <base>}) and the revision, in the direction of travel. */
    public String describe() {
        List<String> down = revision.info().down();
        String parents = down.isEmpty() ? "<base>" : String.join(", ", down);
        return upgrade ? parents + " -> " + id() : id() + " -> " + parents;
    }
}
