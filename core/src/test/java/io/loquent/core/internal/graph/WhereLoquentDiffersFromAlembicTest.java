package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.TargetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decisions of item 23, one test each, as the README's "Where Loquent differs from Alembic" states them. */
class WhereLoquentDiffersFromAlembicTest {
    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(Step::id).toList();
    }

    /** Alembic refuses {@code -1} from a merge as ambiguous; Loquent reverts the merge alone. */
    @Test
    void downgradeMinusOneFromAMergeRevertsOnlyTheMergeAndLandsOnBothParents() {
        Planner p = new Planner(graph("a", "b<-a", "c<-a", "m<-b,c"));
        Plan back = p.downgrade(Set.of("m"), "-1");
        assertThat(ids(back)).containsExactly("m");
        assertThat(back.endRows()).containsExactlyInAnyOrder("b", "c");
        assertThatThrownBy(() -> p.downgrade(Set.of("m"), "-2")).isInstanceOf(TargetException.class)
                .hasMessage("cannot move -2: m merges b, c. Name the revision to reach instead");
    }

    /** As in Alembic, a label covers its ancestors down to the preceding branch point, and label@base removes them. */
    @Test
    void aLabelCoversItsAncestorsDownToThePrecedingBranchPoint() {
        //      a
        //    /   \
        //   b     x
        //   |
        //   c#shop - d
        Planner p = new Planner(graph("a", "b<-a", "x<-a", "c<-b#shop", "d<-c"));
        Plan gone = p.downgrade(Set.of("d", "x"), "shop@base");
        assertThat(ids(gone)).containsExactly("d", "c", "b");
        assertThat(gone.endRows()).containsExactly("x");
        assertThat(p.stampRows(Set.of("d", "x"), "shop@base")).containsExactly("x");
        assertThat(ids(p.upgrade(Set.of("b", "x"), "shop@+1"))).as("b is on shop's line").containsExactly("c");
    }

    @Test
    void aLabelOnALineWithoutBranchPointsCoversTheWholeLine() {
        Planner p = new Planner(graph("a", "b<-a#v2", "c<-b"));
        assertThat(ids(p.downgrade(Set.of("c"), "v2@base"))).containsExactly("c", "b", "a");
    }

    /** Alembic folds a dependency into its dependant's row; Loquent keeps a row for each head, dependencies too. */
    @Test
    void aDependencyKeepsItsOwnVersionRowAndAlembicShapedRowsAreRead() {
        Planner p = new Planner(graph("a", "b|a", "c<-a"));
        assertThat(p.upgrade(Set.of(), "b").endRows()).containsExactlyInAnyOrder("a", "b");
        Plan fromAlembic = p.upgrade(Set.of("b"), "heads");
        assertThat(ids(fromAlembic)).containsExactly("c");
        assertThat(fromAlembic.endRows()).containsExactlyInAnyOrder("b", "c");
    }

    /** With a row per head, a branch that forks is at several heads, and its relative moves are refused. */
    @Test
    void aBranchWithTwoHeadsRefusesRelativeMovesThatAlembicWouldGuess() {
        Planner p = new Planner(graph("f1#feat", "f2<-f1", "g<-f1|f2"));
        Set<String> rows = p.upgrade(Set.of(), "heads").endRows();
        assertThat(rows).containsExactlyInAnyOrder("f2", "g");
        assertThatThrownBy(() -> p.downgrade(rows, "feat@-1")).isInstanceOf(TargetException.class)
                .hasMessage("branch feat is at several heads (f2, g). Name the revision to move from, as <rev>-N");
        assertThat(ids(p.downgrade(rows, "g-1"))).containsExactly("g", "f2");
    }
}
