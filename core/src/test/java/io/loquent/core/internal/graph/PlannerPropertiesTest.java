package io.loquent.core.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.LoquentException;
import io.loquent.core.internal.script.LoadedRevision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The planner's invariants over random graphs with branches, merges, labels-free dependencies, and random sequences
 * of upgrades and downgrades to random targets. Each step is checked as it would run, against a model of the
 * applied set.
 */
class PlannerPropertiesTest {
    private static final int TRIES = 1000;

    /** A random graph: each revision a base, a child of an earlier one, or a merge of two heads; some depend on others. */
    static RevisionGraph randomGraph(long seed, boolean dependencies) {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(25);
        List<String> specs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String id = "r" + i;
            List<String> parents = new ArrayList<>();
            double roll = random.nextDouble();
            if (i > 0 && roll < 0.15 && heads.size() >= 2) {
                List<String> h = new ArrayList<>(heads);
                java.util.Collections.sort(h);
                java.util.Collections.shuffle(h, random);
                parents.add(h.get(0));
                parents.add(h.get(1));
            } else if (i > 0 && roll < 0.93) {
                parents.add(ids.get(random.nextInt(ids.size())));
            }
            String spec = id + (parents.isEmpty() ? "" : "<-" + String.join(",", parents));
            if (dependencies && i > 1 && random.nextDouble() < 0.2) {
                String dep = ids.get(random.nextInt(ids.size()));
                if (!parents.contains(dep)) {
                    spec += "|" + dep;
                }
            }
            specs.add(spec);
            ids.add(id);
            heads.removeAll(parents);
            heads.add(id);
        }
        return Fixtures.graph(specs.toArray(String[]::new));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Plays {@code moves} random targets and checks every step against the model of the applied set. */
    @Property(tries = TRIES)
    void everyRunKeepsTheVersionTableAtTheHeadsOfTheAppliedSet(@ForAll("seeds") long seed) {
        RevisionGraph graph = randomGraph(seed, true);
        Planner planner = new Planner(graph);
        Random random = new Random(~seed);
        Set<String> rows = Set.of();
        Set<String> applied = new HashSet<>();
        int stepsRun = 0;
        for (int move = 0; move < 12; move++) {
            boolean up = random.nextBoolean();
            String target = randomTarget(graph, random, up);
            Plan plan;
            try {
                plan = up ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
            } catch (LoquentException refused) {
                continue; // a target that cannot be reached from here is refused with a message, never mis-planned
            }
            for (Step step : plan.steps()) {
                String id = step.id();
                LoadedRevision r = step.revision();
                assertThat(step.rowsBefore()).isEqualTo(planner.heads(applied));
                if (up) {
                    assertThat(applied).as("%s applied at most once", id).doesNotContain(id);
                    assertThat(applied).as("parents and dependencies of %s first", id)
                            .containsAll(r.info().down()).containsAll(r.info().dependsOn());
                    applied.add(id);
                } else {
                    assertThat(applied).contains(id);
                    for (String other : applied) {
                        LoadedRevision o = graph.get(other);
                        if (!other.equals(id)) {
                            assertThat(o.info().down()).as("%s removed before its child %s", id, other).doesNotContain(id);
                            assertThat(o.info().dependsOn()).as("%s removed before its dependant %s", id, other)
                                    .doesNotContain(id);
                        }
                    }
                    applied.remove(id);
                }
                assertThat(step.rowsAfter()).isEqualTo(planner.heads(applied));
            }
            rows = plan.endRows();
            stepsRun += plan.steps().size();
            assertThat(rows).isEqualTo(planner.heads(applied));
            assertThat(graph.ancestors(rows)).isEqualTo(applied);
        }
        // The property must not hold vacuously: most tries run steps in both directions.
        Statistics.label("ran steps").collect(stepsRun > 0);
        Statistics.label("ran steps").coverage(c -> c.check(true).percentage(p -> p > 90));
    }

    /**
     * {@code upgrade X} then {@code downgrade Y} ends where {@code upgrade Y} from base ends, for Y below X whenever
     * nothing X needs comes from outside Y's line (otherwise that other branch rightly stays applied).
     */
    @Property(tries = TRIES)
    void upgradeThenDowngradeEqualsUpgradingToTheLowerTarget(@ForAll("seeds") long seed) {
        RevisionGraph graph = randomGraph(seed, true);
        Planner planner = new Planner(graph);
        Random random = new Random(~seed);
        String y = graph.order().get(random.nextInt(graph.size()));
        Set<String> line = new HashSet<>(graph.ancestors(Set.of(y)));
        line.addAll(graph.descendants(List.of(y)));
        List<String> candidates = graph.order().stream()
                .filter(x -> line.containsAll(graph.ancestors(Set.of(x))) && graph.ancestors(Set.of(x)).contains(y))
                .toList();
        String x = candidates.get(random.nextInt(candidates.size()));

        Set<String> afterUp = planner.upgrade(Set.of(), x).endRows();
        Plan down = planner.downgrade(afterUp, y);
        Plan direct = planner.upgrade(Set.of(), y);
        assertThat(down.endRows()).isEqualTo(direct.endRows());
        assertThat(graph.ancestors(down.endRows())).isEqualTo(graph.ancestors(Set.of(y)));
    }

    /** Going up to the heads and back to base runs every revision exactly once each way. */
    @Property(tries = TRIES)
    void headsThenBaseRunsEachRevisionOnceEachWay(@ForAll("seeds") long seed) {
        RevisionGraph graph = randomGraph(seed, true);
        Planner planner = new Planner(graph);
        Plan up = planner.upgrade(Set.of(), "heads");
        assertThat(up.steps()).extracting(Step::id).doesNotHaveDuplicates().hasSize(graph.size());
        Plan down = planner.downgrade(up.endRows(), "base");
        assertThat(down.steps()).extracting(Step::id).doesNotHaveDuplicates().hasSize(graph.size());
        assertThat(down.endRows()).isEmpty();
    }

    static String randomTarget(RevisionGraph graph, Random random, boolean up) {
        int kind = random.nextInt(10);
        String some = graph.order().get(random.nextInt(graph.size()));
        return switch (kind) {
            case 0 -> up ? "heads" : "base";
            case 1 -> "head";
            case 2 -> (up ? "+" : "-") + (1 + random.nextInt(3));
            case 3 -> some + (up ? "+1" : "-1");
            case 4 -> some + "@head";
            default -> some;
        };
    }
}
