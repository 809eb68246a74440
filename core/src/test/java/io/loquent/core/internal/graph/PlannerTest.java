package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.TargetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private final Planner linear = new Planner(graph("a", "b<-a", "c<-b"));

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(Step::id).toList();
    }

    @Test
    void upgradeHeadFromBaseAppliesEverythingInOrder() {
        Plan plan = linear.upgrade(Set.of(), "head");
        assertThat(ids(plan)).containsExactly("a", "b", "c");
        assertThat(plan.endRows()).containsExactly("c");
        assertThat(plan.steps().get(0).rowsBefore()).isEmpty();
        assertThat(plan.steps().get(1).rowsBefore()).containsExactly("a");
    }

    @Test
    void upgradeAtHeadIsEmpty() {
        assertThat(linear.upgrade(Set.of("c"), "head").isEmpty()).isTrue();
    }

    @Test
    void relativeMovesCountFromTheCurrentRevision() {
        assertThat(ids(linear.upgrade(Set.of(), "+2"))).containsExactly("a", "b");
        assertThat(ids(linear.upgrade(Set.of("a"), "+1"))).containsExactly("b");
        assertThat(ids(linear.downgrade(Set.of("c"), "-1"))).containsExactly("c");
        assertThat(linear.downgrade(Set.of("c"), "-1").endRows()).containsExactly("b");
        assertThat(ids(linear.downgrade(Set.of("c"), "-3"))).containsExactly("c", "b", "a");
        assertThat(linear.downgrade(Set.of("c"), "-3").endRows()).isEmpty();
        assertThat(ids(linear.upgrade(Set.of(), "b-1"))).containsExactly("a");
    }

    @Test
    void relativeMoveTooFarSaysHowFarItCould() {
        assertThatThrownBy(() -> linear.downgrade(Set.of("b"), "-3"))
                .isInstanceOf(TargetException.class).hasMessageContaining("only 2 revision(s) lie below");
        assertThatThrownBy(() -> linear.upgrade(Set.of("b"), "+2"))
                .hasMessageContaining("c is a head after 1 step(s)");
    }

    @Test
    void downgradeToARevisionOrBase() {
        assertThat(ids(linear.downgrade(Set.of("c"), "a"))).containsExactly("c", "b");
        assertThat(ids(linear.downgrade(Set.of("c"), "base"))).containsExactly("c", "b", "a");
        assertThatThrownBy(() -> linear.downgrade(Set.of("a"), "c"))
                .hasMessage("downgrade target 'c' is not below the current revision: c is not applied (the database is at a)."
                        + " Use loquent.upgrade(\"c\") to go up to it");
    }

    @Test
    void upgradeHeadWithTwoHeadsIsRefused() {
        Planner p = new Planner(graph("a", "b<-a", "c<-a"));
        assertThatThrownBy(() -> p.upgrade(Set.of(), "head"))
                .isInstanceOf(TargetException.class)
                .hasMessage("multiple heads are present for 'head': b, c. Name one of them, use 'upgrade heads' to apply all,"
                        + " or join them with loquent.merge(message, revisions, null)");
    }

    @Test
    void branchesKeepOneRowEachAndAMergeCollapsesThem() {
        Planner p = new Planner(graph("a", "b<-a", "c<-a", "m<-b,c"));
        Plan toHeads = p.upgrade(Set.of(), "heads");
        assertThat(toHeads.endRows()).containsExactly("m");
        Plan branches = p.upgrade(Set.of(), "b");
        Plan both = p.upgrade(branches.endRows(), "c");
        assertThat(both.endRows()).containsExactlyInAnyOrder("b", "c");
        Plan back = p.downgrade(Set.of("m"), "-1");
        assertThat(ids(back)).containsExactly("m");
        assertThat(back.endRows()).containsExactlyInAnyOrder("b", "c");
        Plan belowBranch = p.downgrade(Set.of("b", "c"), "a");
        assertThat(belowBranch.endRows()).containsExactly("a");
    }

    @Test
    void relativeDowngradeFromSeveralHeadsIsRefused() {
        Planner p = new Planner(graph("a", "b<-a", "c<-a"));
        assertThatThrownBy(() -> p.downgrade(Set.of("b", "c"), "-1"))
                .hasMessageContaining("the database is at several heads");
    }

    @Test
    void dependenciesAreAppliedFirstAndRemovedWithTheirDependants() {
        Planner p = new Planner(graph("a", "b<-a", "x", "y<-x|b"));
        assertThat(ids(p.upgrade(Set.of(), "y"))).containsExactly("a", "x", "b", "y");
        assertThat(p.upgrade(Set.of(), "y").endRows()).containsExactlyInAnyOrder("b", "y");
        assertThat(ids(p.downgrade(Set.of("b", "y"), "a"))).containsExactly("y", "b");
    }

    @Test
    void downgradeKeepsARevisionThatOnlyDependsOnTheTargetFromAnotherBase() {
        Planner p = new Planner(graph("a", "b|a", "c<-a", "d|c"));
        Set<String> rows = p.upgrade(Set.of(), "heads").endRows();
        Plan down = p.downgrade(rows, "a");
        assertThat(ids(down)).as("c is above a, d needs c; b only needs a, which stays").containsExactly("d", "c");
        assertThat(down.endRows()).containsExactlyInAnyOrder("a", "b");
    }
}
