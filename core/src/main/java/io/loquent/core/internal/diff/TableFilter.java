package io.loquent.core.internal.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables autogenerate compares: those matching an {@code include} pattern (all when there is none) and no
 * {@code exclude} pattern. Patterns are globs over the whole name: {@code *} any run of characters, {@code ?} one.
 */
public record TableFilter(List<String> include, List<String> exclude) {
    /** Every table. */
    public static final TableFilter ALL = new TableFilter(List.of(), List.of());

    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Whether {@code table} takes part in the comparison. */
    public boolean compares(String table) {
        return (include.isEmpty() || include.stream().anyMatch(p -> matches(p, table)))
                && exclude.stream().noneMatch(p -> matches(p, table));
    }

    static boolean matches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("(?=[*?])|(?<=[*?])")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return name.matches(regex.toString());
    }
}
