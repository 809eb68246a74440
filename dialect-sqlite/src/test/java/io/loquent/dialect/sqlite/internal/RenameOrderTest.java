package io.loquent.dialect.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialect.sqlite.internal.RenameOrder.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenameOrderTest {
    private static Map<String, String> renames(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aChainRunsFromItsFreeEnd() {
        assertThat(RenameOrder.of(renames("a", "b", "b", "c"), List.of("a", "b")))
                .containsExactly(new Step("b", "c"), new Step("a", "b"));
    }

    @Test
    void aSwapGoesThroughAScratchName() {
        assertThat(RenameOrder.of(renames("a", "b", "b", "a"), List.of("a", "b", "a_loquent_swap")))
                .containsExactly(new Step("a", "a_loquent_swap_2"), new Step("b", "a"), new Step("a_loquent_swap_2", "b"));
    }

    @Test
    void aChangeOfCaseOnlyNeedsNoScratchName() {
        assertThat(RenameOrder.of(renames("name", "Name"), List.of("name"))).containsExactly(new Step("name", "Name"));
    }
}
