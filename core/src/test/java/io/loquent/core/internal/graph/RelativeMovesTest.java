package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.TargetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code +N} and {@code label@+N} apply exactly N revisions, walking the line one revision at a time (item 22). */
class RelativeMovesTest {
    //  a - b - c#shop - d
    private final Planner line = new Planner(graph("a", "b<-a", "c<-b#shop", "d<-c"));

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(Step::id).toList();
    }

    @Test
    void labelPlusOneFromNothingAppliesOnlyTheFirstRevisionOfTheBranchLineage() {
        Set<String> rows = Set.of();
        for (String next : List.of("a", "b", "c", "d")) {
            Plan plan = line.upgrade(rows, "shop@+1");
            assertThat(ids(plan)).as("shop@+1 from %s", rows).containsExactly(next);
            rows = plan.endRows();
        }
        assertThatThrownBy(() -> line.upgrade(Set.of("d"), "shop@+1"))
                .isInstanceOf(TargetException.class)
                .hasMessage("cannot move shop@+1: d is a head after 0 step(s). Use a smaller number or 'head'");
    }

    @Test
    void labelPlusNFromNothingWalksUpTheLineageWhereAJumpToTheLabelWouldHaveRefused() {
        Planner p = new Planner(graph("a", "b<-a#shop"));
        assertThat(ids(p.upgrade(Set.of(), "shop@+2"))).containsExactly("a", "b");
        assertThat(ids(line.upgrade(Set.of(), "shop@+3"))).containsExactly("a", "b", "c");
        assertThat(ids(line.upgrade(Set.of("b"), "shop@+2"))).containsExactly("c", "d");
    }

    @Test
    void plusNCountsWhatTheNextRevisionNeedsAndRefusesWhenItDoesNotFit() {
        Planner p = new Planner(graph("a", "b<-a", "x", "c<-b|x"));
        assertThatThrownBy(() -> p.upgrade(Set.of("b"), "+1"))
                .isInstanceOf(TargetException.class)
                .hasMessage("cannot move +1: the next revision, c, needs x applied first, 2 revisions in all, and +1"
                        + " applies at most 1. Move by +2 or name the revision to reach");
        Plan two = p.upgrade(Set.of("b"), "+2");
        assertThat(ids(two)).containsExactly("x", "c");
        assertThat(two.endRows()).as("x keeps its own row").containsExactlyInAnyOrder("x", "c");
    }

    @Test
    void plusOneIntoAMergeCountsItsOtherParent() {
        Planner p = new Planner(graph("a", "b<-a", "c<-a", "m<-b,c"));
        assertThatThrownBy(() -> p.upgrade(Set.of("b"), "+1")).hasMessageContaining("the next revision, m, needs c");
        assertThat(ids(p.upgrade(Set.of("b"), "+2"))).containsExactly("c", "m");
    }

    @Test
    void plusNNeverAppliesMoreThanNFromBase() {
        assertThat(ids(line.upgrade(Set.of(), "+1"))).containsExactly("a");
        assertThat(ids(line.upgrade(Set.of("a"), "+2"))).containsExactly("b", "c");
    }

    @Test
    void revisionPlusNIsAnAbsolutePositionThatAppliesWhatItNeeds() {
        assertThat(ids(line.upgrade(Set.of(), "b+1"))).containsExactly("a", "b", "c");
        assertThat(line.resolve("b+2")).containsExactly("d");
    }

    @Test
    void labelMinusNStaysWithinWhatTheBranchCovers() {
        Planner p = new Planner(graph("a", "b<-a", "x<-a", "c<-b#shop", "d<-c"));
        Set<String> rows = p.upgrade(Set.of(), "heads").endRows();
        Plan back = p.downgrade(rows, "shop@-3");
        assertThat(ids(back)).containsExactly("d", "c", "b");
        assertThat(back.endRows()).containsExactly("x");
        assertThatThrownBy(() -> p.downgrade(rows, "shop@-4"))
                .isInstanceOf(TargetException.class)
                .hasMessage("cannot move shop@-4: only 3 revision(s) of that branch lie below. Use a smaller number or"
                        + " <branch>@base");
    }
}
