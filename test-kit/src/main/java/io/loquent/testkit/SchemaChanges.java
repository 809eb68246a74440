package io.loquent.testkit;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between two live schemas, one phrase per table or sequence: what {@code after} holds that
 * {@code before} did not, what it lost, and which tables changed. Names only, so that a message stays one line.
 */
final class SchemaChanges {
    private SchemaChanges() {
    }

    static List<String> between(Schema before, Schema after) {
        List<String> changes = new ArrayList<>();
        for (Table table : after.tables()) {
            Table was = before.table(table.name()).orElse(null);
            if (was == null) {
                changes.add("table " + table.name() + " is left behind");
            } else if (!was.equals(table)) {
                changes.add("table " + table.name() + " is changed");
            }
        }
        for (Table table : before.tables()) {
            if (after.table(table.name()).isEmpty()) {
                changes.add("table " + table.name() + " is gone");
            }
        }
        for (Sequence sequence : after.sequences()) {
            if (before.sequence(sequence.name()).isEmpty()) {
                changes.add("sequence " + sequence.name() + " is left behind");
            }
        }
        for (Sequence sequence : before.sequences()) {
            if (after.sequence(sequence.name()).isEmpty()) {
                changes.add("sequence " + sequence.name() + " is gone");
            }
        }
        return changes;
    }
}
