package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.RevisionGraphException;
import io.loquent.core.TargetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alembic's target grammar over a graph with two labelled branches that meet in a merge. */
class TargetsTest {
    //        a
    //      /   \
    //  b1#shop   c1#net
    //     |       |
    //     b2      c2
    //      \     /
    //         m
    private final RevisionGraph g = graph("a", "b1<-a#shop", "b2<-b1", "c1<-a#net", "c2<-c1", "m<-b2,c2");
    private final Planner planner = new Planner(g);
    private final RevisionGraph split = graph("a", "b1<-a#shop", "b2<-b1", "c1<-a#net", "c2<-c1");
    private final Planner branches = new Planner(split);

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(Step::id).toList();
    }

    @Test
    void labelsAreInheritedByDescendants() {
        assertThat(g.labelsOf("b2")).containsExactly("shop");
        assertThat(g.labelsOf("m")).containsExactlyInAnyOrder("shop", "net");
        assertThat(g.labelsOf("a")).isEmpty();
    }

    @Test
    void bareLabelNamesTheRevisionThatDeclaresIt() {
        assertThat(ids(branches.upgrade(Set.of(), "shop"))).containsExactly("a", "b1");
    }

    @Test
    void labelAtHeadIsTheHeadOfThatBranch() {
        assertThat(ids(branches.upgrade(Set.of(), "shop@head"))).containsExactly("a", "b1", "b2");
        assertThat(branches.upgrade(Set.of(), "net@head").endRows()).containsExactly("c2");
    }

    @Test
    void revisionAtHeadIsTheHeadGrowingFromIt() {
        assertThat(branches.upgrade(Set.of(), "c1@head").endRows()).containsExactly("c2");
        assertThatThrownBy(() -> branches.upgrade(Set.of(), "a@head"))
                .isInstanceOf(TargetException.class).hasMessageContaining("multiple heads are present for 'a@head': b2, c2");
    }

    @Test
    void labelRelativeMovesOnlyThatBranch() {
        Set<String> rows = branches.upgrade(Set.of(), "shop").endRows();
        rows = branches.upgrade(rows, "net@+1").endRows();
        assertThat(rows).containsExactlyInAnyOrder("b1", "c1");
        Plan next = branches.upgrade(rows, "shop@+1");
        assertThat(ids(next)).containsExactly("b2");
        assertThat(next.endRows()).containsExactlyInAnyOrder("b2", "c1");
        Plan back = branches.downgrade(next.endRows(), "net@-1");
        assertThat(ids(back)).containsExactly("c1");
        assertThat(back.endRows()).containsExactlyInAnyOrder("b2");
    }

    @Test
    void aBranchDowngradeAlsoRemovesWhatDependsOnIt() {
        Planner p = new Planner(graph("s1#shop", "s2<-s1", "o1|s2#other"));
        Set<String> rows = p.upgrade(Set.of(), "heads").endRows();
        assertThat(rows).containsExactlyInAnyOrder("s2", "o1");
        Plan down = p.downgrade(rows, "shop@-1");
        assertThat(ids(down)).containsExactly("o1", "s2");
        assertThat(down.endRows()).containsExactly("s1");
    }

    @Test
    void labelAtBaseRemovesTheWholeBranch() {
        Plan down = branches.downgrade(Set.of("b2", "c2"), "shop@base");
        assertThat(ids(down)).containsExactly("b2", "b1");
        assertThat(down.endRows()).containsExactly("c2");
    }

    @Test
    void headMinusOneAndRevisionPlusN() {
        assertThat(planner.upgrade(Set.of(), "head-1").endRows()).containsExactlyInAnyOrder("b2", "c2");
        assertThat(ids(planner.upgrade(Set.of(), "c1+1"))).containsExactly("a", "c1", "c2");
        assertThat(planner.downgrade(Set.of("m"), "-1").endRows()).containsExactlyInAnyOrder("b2", "c2");
    }

    @Test
    void relativeDowngradeFromTwoHeadsPointsAtTheLabelForm() {
        assertThatThrownBy(() -> branches.downgrade(Set.of("b2", "c2"), "-1"))
                .isInstanceOf(TargetException.class)
                .hasMessage("'-1' is relative, but the database is at several heads (b2, c2). Name the revision to move"
                        + " from, as <rev>-N, or a branch, as <label>@-1");
    }

    @Test
    void stampRowsAreTheHeadsOfWhatTheTargetNeeds() {
        assertThat(branches.stampRows(Set.of(), "heads")).containsExactlyInAnyOrder("b2", "c2");
        assertThat(planner.stampRows(Set.of(), "head")).containsExactly("m");
        assertThat(planner.stampRows(Set.of(), "base")).isEmpty();
    }

    @Test
    void duplicateLabelsAreRefused() {
        assertThatThrownBy(() -> graph("a#x", "b<-a#x"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("branch label 'x' is declared by both a (a.java) and b (b.java)");
    }

    @Test
    void historyRangesSelectNewestFirst() {
        Ranges ranges = new Ranges(graph("a", "b<-a", "c<-b", "d<-c"));
        assertThat(ranges.select(null, Set.of())).containsExactly("d", "c", "b", "a");
        assertThat(ranges.select("-3:", Set.of())).containsExactly("d", "c", "b");
        assertThat(ranges.select("b:c", Set.of())).containsExactly("c", "b");
        assertThat(ranges.select(":b", Set.of())).containsExactly("b", "a");
        assertThat(ranges.select("current:head", Set.of("c"))).containsExactly("d", "c");
        assertThat(ranges.select("-9:", Set.of())).containsExactly("d", "c", "b", "a");
    }
}
