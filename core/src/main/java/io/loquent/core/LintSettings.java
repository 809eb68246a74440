package io.loquent.core;

import java.util.Set;

/**
 * How {@code loquent lint} judges ({@code lint.large_rows} and {@code lint.disable} in loquent.properties).
 *
 * @param largeTable from how many rows a table counts as large: online, a change that locks or copies such a table
 *                   is an error, on a smaller one information
 * @param disabled   the rules whose findings are allowed everywhere in the project: still listed, as allowed
 */
public record LintSettings(long largeTable, Set<String> disabled) {
    /** 100,000 rows, nothing disabled. */
    public static final LintSettings DEFAULTS = new LintSettings(100_000, Set.of());

    public LintSettings {
        if (largeTable < 1) {
            throw new ConfigurationException("lint.large_rows " + largeTable + " is not a number of rows; give a whole"
                    + " number from 1 (every table with rows is large) up");
        }
        disabled = Set.copyOf(disabled);
    }
}
