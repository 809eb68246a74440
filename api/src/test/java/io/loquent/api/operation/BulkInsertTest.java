package io.loquent.api.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkInsertTest {
    /** {@code Map.of} and {@code HashMap} iterate in an order that differs between JVMs; statements must not. */
    @Test
    void unorderedRowsHaveTheirColumnsSortedAndOrderedRowsKeepTheirs() {
        Map<String, Object> unordered = new HashMap<>();
        for (String column : List.of("zeta", "alpha", "mid", "beta", "omega", "gamma")) {
            unordered.put(column, column.length());
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("zeta", 1);
        ordered.put("alpha", 2);
        BulkInsert insert = new BulkInsert("t", List.of(unordered, Map.of("b", 1, "a", 2, "c", 3), ordered));
        assertThat(insert.rows().get(0).keySet()).containsExactly("alpha", "beta", "gamma", "mid", "omega", "zeta");
        assertThat(insert.rows().get(1).keySet()).containsExactly("a", "b", "c");
        assertThat(insert.rows().get(2).keySet()).containsExactly("zeta", "alpha");
    }
}
