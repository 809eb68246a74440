package io.loquent.benchmarks;

import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.RevisionGraph;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Graph building and planning on a {@link GeneratedHistory}: by default 10,000 revisions with 100 branches merged
 * back. The target is under 50 ms for any plan; run with {@code -p revisions=1000,10000} to see that time grows
 * linearly with the history.
 *
 * <p>The setup checks the shape of the graph and the size of each plan, so a benchmark can never measure a plan that
 * silently became empty or an error path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanningBenchmark {
    @Param("10000")
    int revisions;

    @Param("100")
    int branches;

    private GeneratedHistory history;
    private RevisionGraph graph;
    private Planner planner;
    private Set<String> headRows;
    private Set<String> midRows;
    private String relative;
    private String prefix;

    @Setup
    public void setUp() {
        history = GeneratedHistory.of(revisions, branches);
        graph = RevisionGraph.of(history.revisions());
        planner = new Planner(graph);
        headRows = Set.of(history.head());
        // The middle merge; the straight run after it bounds how far '+N' can go without meeting a branch point.
        String mid = history.merges().get(branches / 2 - 1);
        midRows = Set.of(mid);
        relative = "+" + Math.min(50, history.linearRun());
        // Eight hex digits of a revision about a tenth of the history above the middle.
        prefix = history.idAt(graph.position(mid) + revisions / 10).substring(0, 8);
        checkShape(mid);
    }

    /** Fails the run if the generated graph or the plans are not what the figures claim to measure. */
    private void checkShape(String mid) {
        long branchPoints = graph.order().stream().filter(id -> graph.children(id).size() > 1).count();
        long mergeCount = graph.order().stream().filter(id -> graph.get(id).info().isMerge()).count();
        require(graph.size() == revisions, "size " + graph.size());
        require(graph.heads().equals(List.of(history.head())), "heads " + graph.heads());
        require(branchPoints == branches && mergeCount == branches, branchPoints + " branch points, " + mergeCount
                + " merges");
        require(upgradeBaseToHead().steps().size() == revisions, "upgrade from base");
        require(downgradeHeadToBase().steps().size() == revisions, "downgrade to base");
        require(noOpUpgradeAtHead().isEmpty(), "upgrade at head");
        require(upgradeRelative().steps().size() == Math.min(50, history.linearRun()), "relative upgrade");
        require(graph.ancestors(Set.of(graph.resolve(prefix))).size() > graph.ancestors(midRows).size(), "prefix " + prefix);
        require(!upgradeToPrefix().isEmpty(), "upgrade to prefix");
        require(graph.labelsOf(history.head()).size() == branches, "labels of head");
        require(graph.position(mid) > 0, "position of " + mid);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("generated history is not as expected: " + what);
        }
    }

    /** Validating and indexing every revision: ids, parents, cycle check, topological order, labels, prefixes. */
    @Benchmark
    public RevisionGraph buildGraph() {
        return RevisionGraph.of(history.revisions());
    }

    /** {@code upgrade head} on an empty database: every revision, through all branches and merges. */
    @Benchmark
    public Plan upgradeBaseToHead() {
        return planner.upgrade(Set.of(), "head");
    }

    /** {@code downgrade base} from the head: every revision, children first. */
    @Benchmark
    public Plan downgradeHeadToBase() {
        return planner.downgrade(headRows, "base");
    }

    /** {@code upgrade head} on a database already at head: what every no-op run plans. */
    @Benchmark
    public Plan noOpUpgradeAtHead() {
        return planner.upgrade(headRows, "head");
    }

    /** {@code upgrade +50} from the middle merge. */
    @Benchmark
    public Plan upgradeRelative() {
        return planner.upgrade(midRows, relative);
    }

    /** {@code upgrade <8-digit prefix>} from the middle merge, about a tenth of the history higher. */
    @Benchmark
    public Plan upgradeToPrefix() {
        return planner.upgrade(midRows, prefix);
    }

    /** Resolving the 8-digit prefix alone: a binary search over the sorted ids. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String resolvePrefix() {
        return graph.resolve(prefix);
    }
}
