package io.loquent.core.internal.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * History ranges, {@code START:END}: either side may be empty (base, heads), a revision, label, {@code head},
 * {@code current}, or relative. A relative start without an anchor ({@code -3:}) means the newest N revisions below
 * the end, so {@code -3:} is the last three revisions.
 */
public final class Ranges {
    private final RevisionGraph graph;
    private final Targets targets;

    public Ranges(RevisionGraph graph) {
        this.graph = graph;
        this.targets = new Targets(graph);
    }

    /** Whether the range mentions {@code current} and so needs the database. */
    public static boolean needsCurrent(String range) {
        return range != null && range.contains("current");
    }

    /** The revisions in the range, newest first. */
    public List<String> select(String range, Set<String> currentRows) {
        if (range == null || range.isBlank()) {
            return newestFirst(graph.order());
        }
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new io.loquent.core.TargetException(range, "history range '" + range
                    + "' has no ':'. Write START:END, either side optional, as in -3: or ae10:head");
        }
        String start = range.substring(0, colon);
        String end = range.substring(colon + 1);
        Set<String> applied = graph.ancestors(currentRows);
        Set<String> current = graph.headsOf(applied);
        Set<String> top = end.isEmpty() || end.equals("heads") ? Set.copyOf(graph.heads())
                : end.equals("current") ? current : targets.position(current, applied, end, true);
        Set<String> upper = graph.ancestors(top);
        List<String> selected = new ArrayList<>();
        if (start.matches("-\\d+")) {
            List<String> all = new ArrayList<>(upper);
            all.sort(java.util.Comparator.comparingInt(graph::position));
            List<String> newest = newestFirst(all);
            // More digits than an int holds still mean "all of them", never an overflow.
            String n = start.substring(1);
            return newest.subList(0, n.length() > 9 ? newest.size() : Math.min(newest.size(), Integer.parseInt(n)));
        }
        Set<String> bottom = start.isEmpty() || start.equals("base") ? Set.of()
                : start.equals("current") ? current
                : targets.position(current, applied, start, true);
        if (bottom.isEmpty()) {
            selected.addAll(upper);
        } else {
            for (String id : graph.descendants(bottom)) {
                if (upper.contains(id)) {
                    selected.add(id);
                }
            }
        }
        selected.sort(java.util.Comparator.comparingInt(graph::position));
        return newestFirst(selected);
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }
}
