package io.loquent.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.model.MappedModel;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.diff.Differ;
import io.loquent.core.internal.diff.TableFilter;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.replay.Replay;
import io.loquent.core.internal.script.CompileCache;
import io.loquent.core.internal.script.DirectoryScripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The consistency property of issue #10: the schema replayed from a scripts folder equals the schema the database
 * reflects after the online run of the same scripts, both by the differ and name by name.
 */
final class ReplayedHistory {
    private final Planner planner;
    private final Replay replay;

    ReplayedHistory(Path scripts, Path cache, Dialect dialect) {
        this.planner = new Planner(RevisionGraph.of(new DirectoryScripts(scripts, new CompileCache(cache, "replay"))
                .load()));
        this.replay = new Replay(NamingConvention.defaults(dialect.maxIdentifierLength()));
    }

    /** The schema at {@code target}, replayed from base. */
    Schema upgrade(String target) {
        return replay.of(Schema.EMPTY, planner.upgrade(Set.of(), target)).schema();
    }

    /** {@code start} (the schema at {@code from}) after the downgrade from {@code from} to {@code target}. */
    Schema downgrade(Schema start, String from, String target) {
        Plan plan = planner.downgrade(planner.stampRows(Set.of(), from), target);
        return replay.of(start, plan).schema();
    }

    /**
     * Asserts that {@code replayed} is what {@code dialect} reflects.
     *
     * @param uniqueIndexesAreKeys whether the database keeps a unique index as a unique key (MySQL and MariaDB have
     *                             one object for both), so that the name check counts a replayed unique index among
     *                             the constraints
     */
    static void assertMatches(Schema replayed, Schema reflected, Dialect dialect, boolean uniqueIndexesAreKeys) {
        assertThat(new Differ(dialect, false, TableFilter.ALL).compare(MappedModel.of(replayed), reflected))
                .as("the differ's changes from the replayed schema to the reflected one").isEmpty();
        assertThat(names(reflected, false)).as("names, reflected (actual) vs replayed (expected)")
                .isEqualTo(names(replayed, uniqueIndexesAreKeys));
    }

    /** Per table: its columns in order, its constraint names and its index names (sorted). */
    private static TreeMap<String, List<List<String>>> names(Schema schema, boolean uniqueIndexesAreKeys) {
        TreeMap<String, List<List<String>>> names = new TreeMap<>();
        for (Table t : schema.tables()) {
            List<String> constraints = new ArrayList<>(t.constraints().stream().map(TableConstraint::name).toList());
            List<String> indexes = new ArrayList<>();
            for (Index index : t.indexes()) {
                boolean key = uniqueIndexesAreKeys && index.unique() && index.where() == null;
                (key ? constraints : indexes).add(index.name());
            }
            names.put(t.name(), List.of(t.columns().stream().map(Column::name).toList(),
                    constraints.stream().sorted().toList(), indexes.stream().sorted().toList()));
        }
        return names;
    }
}
