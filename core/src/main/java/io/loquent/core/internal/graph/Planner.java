package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target into the ordered steps from the current version rows. Pure: no database.
 *
 * <p>The database is at the set of revisions its version rows need (their ancestors and dependencies). A target names
 * a position: the revisions that should be on top afterwards (none for {@code base}). An upgrade applies what that
 * position needs and is not applied, parents first; a downgrade removes what is applied above it, children first.
 * After each step the rows are the heads of the applied set, as Alembic keeps {@code alembic_version}.
 *
 * <p>The grammar is Alembic's: {@code head}, {@code heads}, {@code base}, an id, a unique prefix or a branch label,
 * {@code +N}, {@code -N}, {@code <rev>+N}, {@code <rev>-N} (with {@code head-1}), {@code <branch>@head},
 * {@code <branch>@base}, {@code <branch>@+N}, {@code <branch>@-N}, where a branch is a label or a revision.
 */
public final class Planner {
    private final RevisionGraph graph;
    private final Targets targets;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
        this.targets = new Targets(graph);
    }

    /** The steps that bring the database from {@code rows} up to {@code target}. */
    public Plan upgrade(Set<String> rows, String target) {
        Set<String> applied = graph.ancestors(rows);
        Set<String> goal = targets.position(rows, target, true);
        List<String> todo = new ArrayList<>();
        for (String id : graph.ancestors(goal)) {
            if (!applied.contains(id)) {
                todo.add(id);
            }
        }
        todo.sort(Comparator.comparingInt(graph::position));
        return walk(rows, applied, todo, true);
    }

    /** The steps that bring the database from {@code rows} down to {@code target}. */
    public Plan downgrade(Set<String> rows, String target) {
        Set<String> applied = graph.ancestors(rows);
        List<String> todo = new ArrayList<>();
        String branchBase = targets.branchBase(target);
        if (branchBase != null) {
            for (String id : graph.descendants(List.of(branchBase))) {
                if (applied.contains(id)) {
                    todo.add(id);
                }
            }
        } else {
            Set<String> keep = targets.position(rows, target, false);
            for (String k : keep) {
                if (!applied.contains(k)) {
                    throw new TargetException(target, "revision '" + k + "' is not applied, so the database cannot go"
                            + " down to it (it is at " + Targets.describe(rows) + "). Use 'loquent upgrade' to reach it");
                }
            }
            // Everything the kept position needs stays, even where it also descends from the position (through a
            // dependency); what remains above the position goes.
            Set<String> needed = graph.ancestors(keep);
            Set<String> scope = targets.branchScope(target);
            List<String> scoped = new ArrayList<>();
            for (String id : keep.isEmpty() ? applied : graph.descendants(keep)) {
                if (!needed.contains(id) && applied.contains(id) && (scope == null || scope.contains(id))) {
                    scoped.add(id);
                }
            }
            // What depends on a removed revision goes too, even on another branch: it cannot stay applied alone.
            for (String id : graph.descendants(scoped)) {
                if (applied.contains(id) && !needed.contains(id)) {
                    todo.add(id);
                }
            }
        }
        todo.sort(Comparator.comparingInt(graph::position).reversed());
        return walk(rows, applied, todo, false);
    }

    /**
     * The version rows that {@code stamp target} writes: the heads of what the target needs, together with the current
     * rows of branches unrelated to it (neither below nor above it), as Alembic keeps them. {@code base} clears all.
     */
    public Set<String> stampRows(Set<String> rows, String target) {
        Set<String> position = targets.position(rows, target, true);
        if (position.isEmpty()) {
            return Set.of();
        }
        Set<String> below = graph.ancestors(position);
        Set<String> above = graph.descendants(position);
        Set<String> keep = new LinkedHashSet<>(position);
        for (String row : rows) {
            if (!below.contains(row) && !above.contains(row)) {
                keep.add(row);
            }
        }
        return heads(graph.ancestors(keep));
    }

    /** The revisions a target names on its own (relative targets count from base). */
    public Set<String> resolve(String target) {
        return targets.position(Set.of(), target, true);
    }

    /** The revisions of {@code applied} that no other revision of it names as a parent. */
    public Set<String> heads(Set<String> applied) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : applied) {
            if (graph.children(id).stream().noneMatch(applied::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    private Plan walk(Set<String> rows, Set<String> applied, List<String> todo, boolean up) {
        Set<String> current = new LinkedHashSet<>(rows);
        Set<String> done = new HashSet<>(applied);
        List<Step> steps = new ArrayList<>(todo.size());
        for (String id : todo) {
            Set<String> before = Set.copyOf(current);
            List<String> parents = graph.get(id).info().down();
            if (up) {
                done.add(id);
                parents.forEach(current::remove);
                current.add(id);
            } else {
                done.remove(id);
                current.remove(id);
                for (String parent : parents) {
                    if (graph.children(parent).stream().noneMatch(done::contains)) {
                        current.add(parent);
                    }
                }
            }
            steps.add(new Step(graph.get(id), up, before, current));
        }
        return new Plan(steps, rows, current);
    }
}
