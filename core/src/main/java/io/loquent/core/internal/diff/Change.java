package io.loquent.core.internal.diff;

import io.loquent.api.operation.Operation;
import java.util.List;

/**
 * One difference between the model and the database, with the operations that remove it and those that put it
 * back, in the order each runs.
 *
 * @param summary   one line for people: {@code users.email: length 255 in the model, 120 in the database}
 * @param upgrade   what makes the database match the model, in order
 * @param downgrade what undoes {@code upgrade}, in the order it runs (the revision's {@code downgrade} runs the
 *                  changes in reverse order, each change's own operations in this order)
 * @param note      a warning to write above the change in the revision (a rename that may be a drop and an add),
 *                  or null
 */
public record Change(String summary, List<Operation> upgrade, List<Operation> downgrade, String note) {
    public Change {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
