package io.loquent.core.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.LoquentException;
import io.loquent.core.RevisionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * The planner's invariants over random graphs with branches, merges, labels and dependencies, starting from version
 * rows of any shape (Loquent's, Alembic's with a dependency folded into its dependant, or hand-made and redundant),
 * through random sequences of upgrades and downgrades. Each step is checked as it would run, against a model of the
 * applied set and of the version table that this test keeps on its own.
 */
class PlannerPropertiesTest {
    private static final int TRIES = 1000;

    /**
     * A random graph: each revision a base, a child of an earlier one, or a merge of two heads; some depend on others,
     * some declare a branch label.
     */
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
                Collections.sort(h);
                Collections.shuffle(h, random);
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
            if (random.nextDouble() < 0.15) {
                spec += "#L" + i;
            }
            specs.add(spec);
            ids.add(id);
            heads.removeAll(parents);
            heads.add(id);
        }
        return Fixtures.graph(specs.toArray(String[]::new));
    }

    /**
     * Version rows as anyone may have written them: a few random revisions, sometimes with an ancestor or a dependency
     * of one of them as an extra row (redundant, or Alembic's shape where a dependency has no row of its own).
     */
    static Set<String> handMadeRows(RevisionGraph graph, Random random) {
        Set<String> rows = new LinkedHashSet<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String id = graph.order().get(random.nextInt(graph.size()));
            rows.add(id);
            if (random.nextBoolean()) {
                List<String> below = new ArrayList<>(graph.ancestors(Set.of(id)));
                Collections.sort(below);
                rows.add(below.get(random.nextInt(below.size())));
            }
        }
        return rows;
    }

    /** A random graph, its planner, the random source of the moves and hand-made starting rows, from one seed. */
    private record Start(RevisionGraph graph, Planner planner, Random random, Set<String> rows) {
        static Start of(long seed) {
            RevisionGraph graph = randomGraph(seed, true);
            Random random = new Random(~seed);
            return new Start(graph, new Planner(graph), random, handMadeRows(graph, random));
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * From rows of any shape, every step runs each revision at most once, after what it needs and before what needs it,
     * and leaves the version table at the heads of what is applied, whatever the table held before.
     */
    @Property(tries = TRIES)
    void everyStepLeavesTheRowsAtTheHeadsOfWhatIsAppliedWhateverTheirShapeBefore(@ForAll("seeds") long seed) {
        Start start = Start.of(seed);
        RevisionGraph graph = start.graph();
        Planner planner = start.planner();
        Random random = start.random();
        Set<String> table = start.rows();
        Set<String> applied = new HashSet<>(graph.ancestors(table));
        int stepsRun = 0;
        for (int move = 0; move < 12; move++) {
            boolean up = random.nextBoolean();
            String target = randomTarget(graph, random, up);
            Plan plan;
            try {
                plan = up ? planner.upgrade(table, target) : planner.downgrade(table, target);
            } catch (LoquentException refused) {
                continue; // a target that cannot be reached from here is refused with a message, never mis-planned
            }
            for (Step step : plan.steps()) {
                String id = step.id();
                RevisionInfo info = step.revision().info();
                assertThat(step.rowsBefore()).as("the rows the table holds before %s", id).isEqualTo(table);
                if (up) {
                    assertThat(applied).as("%s applied at most once (%s)", id, target).doesNotContain(id);
                    assertThat(applied).as("parents and dependencies of %s first", id)
                            .containsAll(info.down()).containsAll(info.dependsOn());
                    applied.add(id);
                } else {
                    assertThat(applied).contains(id);
                    for (String other : applied) {
                        RevisionInfo o = graph.get(other).info();
                        assertThat(o.down()).as("%s removed before its child %s", id, other).doesNotContain(id);
                        assertThat(o.dependsOn()).as("%s removed before its dependant %s", id, other).doesNotContain(id);
                    }
                    applied.remove(id);
                }
                assertThat(step.rowsAfter()).as("rows after %s %s", up ? "applying" : "reverting", id)
                        .isEqualTo(heads(graph, applied));
                table = step.rowsAfter();
            }
            assertThat(plan.endRows()).isEqualTo(table);
            assertThat(graph.ancestors(table)).isEqualTo(applied);
            stepsRun += plan.steps().size();
        }
        // The property must not hold vacuously: most tries run steps.
        Statistics.label("ran steps").collect(stepsRun > 0);
        Statistics.label("ran steps").coverage(c -> c.check(true).percentage(p -> p > 90));
    }

    /** {@code +N} and {@code label@+N} apply exactly N revisions or are refused: never more, never silently fewer. */
    @Property(tries = TRIES)
    void aRelativeUpgradeAppliesExactlyNRevisionsOrIsRefused(@ForAll("seeds") long seed) {
        Start s = Start.of(seed);
        int n = 1 + s.random().nextInt(4);
        List<String> labels = labels(s.graph());
        boolean onBranch = !labels.isEmpty() && s.random().nextInt(3) > 0;
        String target = (onBranch ? labels.get(s.random().nextInt(labels.size())) + "@" : "") + "+" + n;
        Plan plan;
        try {
            plan = s.planner().upgrade(s.rows(), target);
        } catch (LoquentException refused) {
            Statistics.label("moved").collect(false);
            return;
        }
        Statistics.label("moved").collect(true);
        Statistics.label("moved").coverage(c -> c.check(true).percentage(p -> p > 20));
        assertThat(plan.steps()).as("upgrade %s from %s", target, s.rows()).hasSize(n);
    }

    /**
     * {@code +N} is N single steps: where {@code +1} moves N times in a row, one revision each time, {@code +N} from
     * the same start moves too and ends where they end. So a refusal of {@code +N} is never a wrong one.
     */
    @Property(tries = TRIES)
    void plusNIsNStepsOfPlusOne(@ForAll("seeds") long seed) {
        Start s = Start.of(seed);
        int n = 2 + s.random().nextInt(3);
        List<String> labels = labels(s.graph());
        String prefix = !labels.isEmpty() && s.random().nextInt(3) > 0
                ? labels.get(s.random().nextInt(labels.size())) + "@" : "";
        Set<String> rows = singleSteps(s, prefix, n);
        Statistics.label("n single steps moved").collect(rows != null);
        Statistics.label("n single steps moved").coverage(c -> c.check(true).percentage(p -> p > 10));
        if (rows == null) {
            return;
        }
        Plan all = s.planner().upgrade(s.rows(), prefix + "+" + n);
        assertThat(all.steps()).as("upgrade %s+%d from %s", prefix, n, s.rows()).hasSize(n);
        assertThat(s.graph().ancestors(all.endRows())).as("where %s+%d ends", prefix, n)
                .isEqualTo(s.graph().ancestors(rows));
    }

    /** The rows after {@code n} moves of {@code prefix+1} that apply one revision each, or null if one does not. */
    private static Set<String> singleSteps(Start s, String prefix, int n) {
        Set<String> rows = s.rows();
        for (int i = 0; i < n; i++) {
            try {
                Plan one = s.planner().upgrade(rows, prefix + "+1");
                if (one.steps().size() != 1) {
                    return null;
                }
                rows = one.endRows();
            } catch (LoquentException refused) {
                return null;
            }
        }
        return rows;
    }

    /**
     * {@code downgrade X} reverts neither X nor anything X needs, reverts a revision only when it lies above X along
     * parent links or needs a revision that is reverted, and leaves nothing applied above X.
     */
    @Property(tries = TRIES)
    void aDowngradeRevertsOnlyWhatCanNoLongerStand(@ForAll("seeds") long seed) {
        Start s = Start.of(seed);
        Set<String> applied = s.graph().ancestors(s.rows());
        if (applied.isEmpty()) {
            return;
        }
        List<String> candidates = new ArrayList<>(applied);
        Collections.sort(candidates);
        String x = candidates.get(s.random().nextInt(candidates.size()));
        Set<String> needed = s.graph().ancestors(Set.of(x));
        Set<String> above = new HashSet<>(s.graph().branch(List.of(x)));
        above.removeAll(needed);
        Set<String> reverted = new HashSet<>();
        s.planner().downgrade(s.rows(), x).steps().forEach(step -> reverted.add(step.id()));
        assertThat(reverted).as("nothing %s needs is reverted", x).noneMatch(needed::contains);
        for (String r : reverted) {
            RevisionInfo info = s.graph().get(r).info();
            boolean needsReverted = info.down().stream().anyMatch(reverted::contains)
                    || info.dependsOn().stream().anyMatch(reverted::contains);
            assertThat(above.contains(r) || needsReverted)
                    .as("%s reverted by 'downgrade %s' from %s, though it could stand", r, x, s.rows()).isTrue();
        }
        Set<String> left = new HashSet<>(applied);
        left.removeAll(reverted);
        assertThat(left).as("applied above %s after the downgrade", x).noneMatch(above::contains);
        Statistics.label("reverted something").collect(!reverted.isEmpty());
        Statistics.label("reverted something").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    /**
     * {@code upgrade X} then {@code downgrade Y} ends where {@code upgrade Y} from base ends, for Y below X whenever
     * everything X needs lies below Y or above it along parent links (otherwise that other branch rightly stays
     * applied, even when it depends on Y).
     */
    @Property(tries = TRIES)
    void upgradeThenDowngradeEqualsUpgradingToTheLowerTarget(@ForAll("seeds") long seed) {
        RevisionGraph graph = randomGraph(seed, true);
        Planner planner = new Planner(graph);
        Random random = new Random(~seed);
        String y = graph.order().get(random.nextInt(graph.size()));
        Set<String> line = new HashSet<>(graph.ancestors(Set.of(y)));
        line.addAll(graph.branch(List.of(y)));
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

    /** The model of the version table: the applied revisions that no applied revision names as a parent. */
    static Set<String> heads(RevisionGraph graph, Set<String> applied) {
        Set<String> heads = new HashSet<>(applied);
        for (String id : applied) {
            graph.get(id).info().down().forEach(heads::remove);
        }
        return heads;
    }

    static List<String> labels(RevisionGraph graph) {
        List<String> labels = new ArrayList<>();
        for (String id : graph.order()) {
            labels.addAll(graph.get(id).info().branchLabels());
        }
        return labels;
    }

    static String randomTarget(RevisionGraph graph, Random random, boolean up) {
        String some = graph.order().get(random.nextInt(graph.size()));
        List<String> labels = labels(graph);
        String branch = labels.isEmpty() || random.nextBoolean() ? some : labels.get(random.nextInt(labels.size()));
        String step = (up ? "+" : "-") + (1 + random.nextInt(3));
        return switch (random.nextInt(12)) {
            case 0 -> up ? "heads" : "base";
            case 1 -> "head";
            case 2 -> step;
            case 3 -> some + step;
            case 4 -> branch + "@head";
            case 5 -> branch + "@" + step;
            case 6 -> branch + (up ? "@" + step : "@base");
            default -> some;
        };
    }
}
