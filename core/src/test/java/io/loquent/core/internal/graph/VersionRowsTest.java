package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Version rows of any shape (Alembic's, hand-made, redundant) are read as the set they imply, and every step writes
 * the heads of what stays applied (item 24).
 */
class VersionRowsTest {
    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(Step::id).toList();
    }

    @Test
    void aDowngradeFromAlembicShapedRowsKeepsTheRowOfADependencyThatStaysApplied() {
        // d is a child of x and depends on a; Alembic folds a into d's row.
        Planner p = new Planner(graph("x", "a", "d<-x|a"));
        Plan down = p.downgrade(Set.of("d"), "x");
        assertThat(ids(down)).containsExactly("d");
        assertThat(down.steps().get(0).rowsBefore()).containsExactly("d");
        assertThat(down.endRows()).containsExactlyInAnyOrder("x", "a");
        assertThat(ids(p.upgrade(down.endRows(), "heads"))).as("a is applied and never runs again").containsExactly("d");
    }

    @Test
    void redundantRowsAreRewrittenToTheHeadsAtTheFirstStep() {
        Planner p = new Planner(graph("a", "b<-a", "c<-b"));
        Plan up = p.upgrade(Set.of("a", "b"), "head");
        assertThat(ids(up)).containsExactly("c");
        assertThat(up.steps().get(0).rowsBefore()).containsExactlyInAnyOrder("a", "b");
        assertThat(up.endRows()).containsExactly("c");
    }

    @Test
    void redundantRowsNameOnePositionForRelativeMoves() {
        Planner p = new Planner(graph("a", "b<-a", "c<-b"));
        Plan down = p.downgrade(Set.of("a", "c"), "-1");
        assertThat(ids(down)).containsExactly("c");
        assertThat(down.endRows()).containsExactly("b");
        assertThat(ids(p.upgrade(Set.of("a", "b"), "+1"))).containsExactly("c");
    }

    @Test
    void stampFromRowsOfAnyShapeWritesTheHeadsOfWhatStaysApplied() {
        Planner p = new Planner(graph("x", "a", "d<-x|a", "e<-d"));
        assertThat(p.stampRows(Set.of("e", "x"), "x")).containsExactlyInAnyOrder("x", "a");
        assertThat(p.stampRows(Set.of("d"), "e")).containsExactlyInAnyOrder("e", "a");
    }
}
