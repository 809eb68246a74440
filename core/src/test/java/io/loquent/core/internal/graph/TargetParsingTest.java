package io.loquent.core.internal.graph;

import static io.loquent.core.internal.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.TargetException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Targets that cannot be read, or point the wrong way, are refused with a message that says what to write. */
class TargetParsingTest {
    private final Planner p = new Planner(graph("a", "b<-a", "c<-b#shop"));

    @Test
    void anEmptyTargetIsRefusedEverywhere() {
        String message = "target '' is empty. Name a revision (an id, a unique prefix or a branch label), head, heads,"
                + " base, +N or -N";
        assertThatThrownBy(() -> p.upgrade(Set.of(), "")).isInstanceOf(TargetException.class).hasMessage(message);
        assertThatThrownBy(() -> p.downgrade(Set.of("c"), "")).isInstanceOf(TargetException.class).hasMessage(message);
        assertThatThrownBy(() -> p.stampRows(Set.of(), "")).isInstanceOf(TargetException.class).hasMessage(message);
        assertThatThrownBy(() -> p.resolve("")).isInstanceOf(TargetException.class).hasMessage(message);
        assertThatThrownBy(() -> p.resolve(" ")).isInstanceOf(TargetException.class).hasMessageStartingWith("target ' ' is empty");
    }

    @Test
    void hugeRelativeNumbersAreRefusedWithoutOverflow() {
        assertThatThrownBy(() -> p.upgrade(Set.of(), "+99999999999999999999")).isInstanceOf(TargetException.class)
                .hasMessage("cannot move +99999999999999999999: 99999999999999999999 steps is more than the 3 revisions"
                        + " there are. Use a smaller number, 'head' or 'base'");
        assertThatThrownBy(() -> p.downgrade(Set.of("c"), "-99999999999999999999")).isInstanceOf(TargetException.class)
                .hasMessageStartingWith("cannot move -99999999999999999999: 99999999999999999999 steps is more than");
        assertThatThrownBy(() -> p.upgrade(Set.of(), "a+9999999999999999999")).isInstanceOf(TargetException.class)
                .hasMessageStartingWith("cannot move a+9999999999999999999: 9999999999999999999 steps");
        assertThatThrownBy(() -> p.upgrade(Set.of(), "shop@+99999999999")).isInstanceOf(TargetException.class)
                .hasMessageStartingWith("cannot move shop@+99999999999: 99999999999 steps");
        assertThatThrownBy(() -> p.upgrade(Set.of(), "+999999999")).isInstanceOf(TargetException.class)
                .hasMessage("cannot move +999999999: c is a head after 3 step(s). Use a smaller number or 'head'");
        assertThatThrownBy(() -> p.upgrade(Set.of(), "+0")).isInstanceOf(TargetException.class)
                .hasMessage("cannot move +0: it moves by zero revisions. Move by 1 or more");
        assertThat(new Ranges(graph("a", "b<-a")).select("-99999999999999999999:", Set.of())).containsExactly("b", "a");
    }

    @Test
    void anUpgradeToATargetBelowTheCurrentRevisionIsRefused() {
        assertThatThrownBy(() -> p.upgrade(Set.of("c"), "-1")).isInstanceOf(TargetException.class)
                .hasMessage("upgrade target '-1' is below the current revision (the database is at c). Use"
                        + " loquent.downgrade(\"-1\") to go down to it");
        assertThatThrownBy(() -> p.upgrade(Set.of("c"), "a")).hasMessageStartingWith("upgrade target 'a' is below");
        assertThatThrownBy(() -> p.upgrade(Set.of("c"), "base")).hasMessageStartingWith("upgrade target 'base' is below");
        assertThat(p.upgrade(Set.of("c"), "c").isEmpty()).as("already there").isTrue();
        assertThat(p.upgrade(Set.of(), "base").isEmpty()).isTrue();
    }

    @Test
    void aDowngradeToATargetAboveTheCurrentRevisionIsRefused() {
        assertThatThrownBy(() -> p.downgrade(Set.of("a"), "c")).isInstanceOf(TargetException.class)
                .hasMessage("downgrade target 'c' is not below the current revision: c is not applied (the database is"
                        + " at a). Use loquent.upgrade(\"c\") to go up to it");
        assertThatThrownBy(() -> p.downgrade(Set.of("a"), "+1")).isInstanceOf(TargetException.class)
                .hasMessage("'+1' moves up, not down. Use loquent.upgrade(\"+1\")");
        assertThatThrownBy(() -> p.downgrade(Set.of("a"), "shop@+1")).isInstanceOf(TargetException.class)
                .hasMessage("'shop@+1' moves up, not down. Use loquent.upgrade(\"shop@+1\")");
        assertThat(p.downgrade(Set.of("a"), "a").isEmpty()).as("already there").isTrue();
    }

    @Test
    void malformedBranchTargetsSayTheyAreMalformed() {
        for (String target : new String[] {"@@", "@head", "shop@", "shop@@head", "@"}) {
            assertThatThrownBy(() -> p.upgrade(Set.of(), target)).as(target).isInstanceOf(TargetException.class)
                    .hasMessage("target '" + target + "' is malformed. Write <branch>@head, <branch>@base,"
                            + " <branch>@+N or <branch>@-N, where the branch is a label or a revision");
        }
        assertThatThrownBy(() -> p.upgrade(Set.of(), "shop@tip")).isInstanceOf(TargetException.class)
                .hasMessage("target 'shop@tip' is malformed. After '@' write head, base, +N or -N");
    }
}
