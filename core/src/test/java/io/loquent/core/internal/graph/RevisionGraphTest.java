package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.RevisionGraphException;
import io.loquent.core.RevisionNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void headsAndBasesOfABranchedGraph() {
        RevisionGraph g = graph("a", "b<-a", "c<-a", "d<-b");
        assertThat(g.heads()).containsExactlyInAnyOrder("c", "d");
        assertThat(g.bases()).containsExactly("a");
        assertThat(g.order().indexOf("a")).isLessThan(g.order().indexOf("b"));
        assertThat(g.order().indexOf("b")).isLessThan(g.order().indexOf("d"));
    }

    @Test
    void orderPutsDependenciesFirstEvenWhenLoadedLater() {
        RevisionGraph g = graph("x<-a|y", "a", "y");
        assertThat(g.order().indexOf("y")).isLessThan(g.order().indexOf("x"));
    }

    @Test
    void duplicateIdNamesBothFiles() {
        assertThatThrownBy(() -> RevisionGraph.of(Fixtures.revisions("a", "a")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("revision id 'a' is declared twice: in a.java and in a.java."
                        + " Give one of them a new id (and update the down of its children)");
    }

    @Test
    void missingParentIsNamed() {
        assertThatThrownBy(() -> graph("b<-zz"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("revision 'b' (b.java) names down 'zz', which no script declares");
        assertThatThrownBy(() -> graph("b|zz")).hasMessageContaining("names dependsOn 'zz'");
    }

    @Test
    void cycleIsPrinted() {
        assertThatThrownBy(() -> graph("r", "a<-c", "b<-a", "c<-b"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("the revisions form a cycle: ")
                .satisfies(e -> assertThat(((RevisionGraphException) e).revisions()).hasSize(4)
                        .containsAll(List.of("a", "b", "c")));
    }

    @Test
    void prefixesResolveUniquelyOrListCandidates() {
        RevisionGraph g = graph("ae1027a6acf1", "ae2000000000<-ae1027a6acf1", "bb0000000000<-ae2000000000");
        assertThat(g.resolve("ae10")).isEqualTo("ae1027a6acf1");
        assertThat(g.resolve("b")).isEqualTo("bb0000000000");
        assertThatThrownBy(() -> g.resolve("ae"))
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessage("revision prefix 'ae' is ambiguous: it matches ae1027a6acf1, ae2000000000. Give more characters of the id");
        assertThatThrownBy(() -> g.resolve("ff"))
                .hasMessage("no revision 'ff' among the 3 scripts. Check the id with loquent.history()");
    }
}
