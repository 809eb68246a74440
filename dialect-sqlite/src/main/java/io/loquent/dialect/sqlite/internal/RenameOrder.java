package io.loquent.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders column renames so that each target name is free when its rename runs; a cycle (a swap of two names) goes
 * through a scratch name.
 */
final class RenameOrder {
    /** One {@code RENAME COLUMN from TO to}. */
    record Step(String from, String to) {
    }

    private RenameOrder() {
    }

    /**
     * @param renames  current name to wanted name, for the columns that change name
     * @param existing every column name of the table now, renamed or not
     */
    static List<Step> of(Map<String, String> renames, List<String> existing) {
        Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        taken.addAll(existing);
        Map<String, String> pending = new LinkedHashMap<>(renames);
        List<Step> steps = new ArrayList<>();
        while (!pending.isEmpty()) {
            Map.Entry<String, String> ready = pending.entrySet().stream()
                    .filter(e -> !taken.contains(e.getValue()) || e.getKey().equalsIgnoreCase(e.getValue()))
                    .findFirst().orElse(null);
            if (ready == null) {
                Map.Entry<String, String> first = pending.entrySet().iterator().next();
                String scratch = first.getKey() + "_loquent_swap";
                for (int i = 2; taken.contains(scratch); i++) {
                    scratch = first.getKey() + "_loquent_swap_" + i;
                }
                pending.remove(first.getKey());
                pending.put(scratch, first.getValue());
                ready = Map.entry(first.getKey(), scratch);
            } else {
                pending.remove(ready.getKey());
            }
            steps.add(new Step(ready.getKey(), ready.getValue()));
            taken.remove(ready.getKey());
            taken.add(ready.getValue());
        }
        return steps;
    }
}
