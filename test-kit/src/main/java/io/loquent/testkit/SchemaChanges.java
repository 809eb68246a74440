package io.loquent.testkit;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What differs between two live schemas, one phrase per table or sequence: what {@code after} holds that
 * {@code before} did not ({@code table tags is left behind}), what it lost, and, within a table kept, which columns,
 * constraints and indexes ({@code table authors: column nickname is left behind}). Parts compare by name, not by
 * position, so that a table a SQLite rebuild wrote back in another order is not reported.
 */
final class SchemaChanges {
    static final String LEFT_BEHIND = " is left behind";

    private SchemaChanges() {
    }

    static List<String> between(Schema before, Schema after) {
        List<String> changes = new ArrayList<>();
        named(changes, "table ", before.tables(), after.tables(), Table::name, SchemaChanges::tableChanges);
        named(changes, "sequence ", before.sequences(), after.sequences(), Sequence::name, SchemaChanges::whole);
        return changes;
    }

    private static List<String> tableChanges(Table was, Table now) {
        List<String> changes = new ArrayList<>();
        named(changes, "column ", was.columns(), now.columns(), Column::name, SchemaChanges::whole);
        named(changes, "constraint ", was.constraints(), now.constraints(), TableConstraint::name, SchemaChanges::whole);
        named(changes, "index ", was.indexes(), now.indexes(), Index::name, SchemaChanges::whole);
        if (!Objects.equals(was.comment(), now.comment())) {
            changes.add("its comment is changed");
        }
        return changes.isEmpty() ? List.of() : List.of(": " + String.join(", ", changes));
    }

    private static <T> List<String> whole(T was, T now) {
        return was.equals(now) ? List.of() : List.of(" is changed");
    }

    /** Adds a phrase for each part of {@code after} not in {@code before} or differing from it, and each one lost. */
    private static <T> void named(List<String> out, String kind, List<T> before, List<T> after, Function<T, String> name,
                                  BiFunction<T, T, List<String>> differences) {
        for (T part : after) {
            T was = before.stream().filter(b -> name.apply(b).equals(name.apply(part))).findFirst().orElse(null);
            if (was == null) {
                out.add(kind + name.apply(part) + LEFT_BEHIND);
            } else {
                differences.apply(was, part).forEach(d -> out.add(kind + name.apply(part) + d));
            }
        }
        for (T part : before) {
            if (after.stream().noneMatch(a -> name.apply(a).equals(name.apply(part)))) {
                out.add(kind + name.apply(part) + " is gone");
            }
        }
    }
}
