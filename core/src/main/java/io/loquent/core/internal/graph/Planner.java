package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target into the ordered steps from the current version rows. Pure: no database.
 *
 * <p>The database is at the set of revisions its version rows need (their ancestors and dependencies), whatever
 * shape the rows have: Loquent's, Alembic's (a dependency folded into its dependant's row), or hand-made and
 * redundant. A target names a position: the revisions that should be on top afterwards (none for {@code base}). An
 * upgrade applies what that position needs and is not applied, parents first. A downgrade reverts what can no longer
 * stand: what lies above the position along parent links, and what needs a reverted revision; a revision that merely
 * depends on the position from another branch stays. After each step the rows are re-derived from what is applied:
 * one row per head of the applied set (a revision no other applied revision names as a parent), so a dependency
 * keeps its own row.
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
        Set<String> heads = graph.headsOf(applied);
        Set<String> goal = targets.position(heads, applied, target, true);
        List<String> todo = new ArrayList<>();
        for (String id : graph.ancestors(goal)) {
            if (!applied.contains(id)) {
                todo.add(id);
            }
        }
        if (todo.isEmpty() && (goal.isEmpty() ? !heads.isEmpty() : !heads.containsAll(goal))) {
            throw new TargetException(target, "upgrade target '" + target + "' is below the current revision (the"
                    + " database is at " + Targets.describe(heads) + "). Use 'loquent downgrade " + target
                    + "' to go down to it");
        }
        todo.sort(Comparator.comparingInt(graph::position));
        return walk(rows, applied, heads, todo, true);
    }

    /** The steps that bring the database from {@code rows} down to {@code target}. */
    public Plan downgrade(Set<String> rows, String target) {
        Set<String> applied = graph.ancestors(rows);
        Set<String> heads = graph.headsOf(applied);
        Set<String> keep = targets.position(heads, applied, target, false);
        for (String k : keep) {
            if (!applied.contains(k)) {
                throw new TargetException(target, "downgrade target '" + target + "' is not below the current revision:"
                        + " " + k + " is not applied (the database is at " + Targets.describe(heads) + "). Use"
                        + " 'loquent upgrade " + target + "' to go up to it");
            }
        }
        List<String> todo = new ArrayList<>(reverted(applied, keep, targets.branchScope(target)));
        todo.sort(Comparator.comparingInt(graph::position).reversed());
        return walk(rows, applied, heads, todo, false);
    }

    /**
     * The version rows that {@code stamp target} writes: the heads of what stays applied when the database moves to
     * the target without running anything. Rows of branches unrelated to the target stay, as in Alembic.
     */
    public Set<String> stampRows(Set<String> rows, String target) {
        Set<String> applied = graph.ancestors(rows);
        Set<String> keep = targets.position(graph.headsOf(applied), applied, target, true);
        Set<String> after = new HashSet<>(applied);
        after.removeAll(reverted(applied, keep, targets.branchScope(target)));
        after.addAll(graph.ancestors(keep));
        return graph.headsOf(after);
    }

    /** The revisions a target names on its own (relative targets count from base). */
    public Set<String> resolve(String target) {
        return targets.position(Set.of(), Set.of(), target, true);
    }

    /**
     * What must go for {@code keep} to be on top: the applied revisions above it along parent links (within
     * {@code scope}, a branch, when given; everything applied when {@code keep} is base), and whatever needs one of
     * them. Nothing {@code keep} needs goes, and nothing that merely depends on it (issue #8, item 21).
     */
    private Set<String> reverted(Set<String> applied, Set<String> keep, Set<String> scope) {
        Set<String> needed = graph.ancestors(keep);
        List<String> above = new ArrayList<>();
        for (String id : keep.isEmpty() ? applied : graph.branch(keep)) {
            if (applied.contains(id) && !needed.contains(id) && (scope == null || scope.contains(id))) {
                above.add(id);
            }
        }
        Set<String> gone = new LinkedHashSet<>();
        for (String id : graph.descendants(above)) {
            if (applied.contains(id)) {
                gone.add(id);
            }
        }
        return gone;
    }

    /**
     * The steps, each with the rows before and after it. The first step starts from the rows as the table holds them;
     * from then on the rows are the heads of the applied set, kept up to date as each revision comes or goes.
     */
    private Plan walk(Set<String> rows, Set<String> applied, Collection<String> heads, List<String> todo, boolean up) {
        Set<String> current = new LinkedHashSet<>(heads);
        Set<String> done = new HashSet<>(applied);
        List<Step> steps = new ArrayList<>(todo.size());
        Set<String> before = rows;
        for (String id : todo) {
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
            Step step = new Step(graph.get(id), up, before, current);
            steps.add(step);
            before = step.rowsAfter();
        }
        return new Plan(steps, rows, before);
    }
}
