package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Relative moves: N revisions up or down from where the database (or a branch of it) is, or from a named revision.
 *
 * <p>A move up from the current state applies exactly N revisions or is refused, never more (issue #8, item 22). It
 * walks the line one revision at a time: from the branch's row to its only child, or, while nothing of a branch is
 * applied, through the first revision of the branch's lineage that is not (in the order an upgrade would apply them).
 * What a revision needs and is not applied (the other parent of a merge, a dependency) is applied before it and
 * counts against N; when it does not fit, the move is refused and says how far to move instead.
 */
final class Moves {
    private final RevisionGraph graph;

    Moves(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The position after applying N revisions from {@code from} (null: nothing of the line is applied). With a
     * {@code root} (a branch), the walk first climbs the root's lineage until the root is applied.
     *
     * @return the revisions on top of what the walk applies, so that an upgrade to them applies exactly that
     */
    Set<String> up(String from, String root, Set<String> applied, int n, String target) {
        Set<String> done = new HashSet<>(applied);
        List<String> walked = new ArrayList<>();
        List<String> lineage = root == null || done.contains(root) ? List.of() : lineage(root);
        int lineageAt = 0;
        String at = from;
        while (walked.size() < n) {
            String next;
            if (root != null && !done.contains(root)) {
                while (done.contains(lineage.get(lineageAt))) {
                    lineageAt++;
                }
                next = lineage.get(lineageAt);
            } else {
                next = single(at == null ? graph.bases() : graph.children(at), at, walked.size(), target);
            }
            List<String> needs = missing(next, done);
            if (walked.size() + needs.size() > n) {
                throw new TargetException(target, "cannot move " + target + ": the next revision, " + next
                        + ", needs " + String.join(", ", needs.subList(0, needs.size() - 1)) + " applied first, "
                        + (walked.size() + needs.size()) + " revisions in all, and " + target + " applies at most " + n
                        + ". Move by +" + (walked.size() + needs.size()) + " or name the revision to reach");
            }
            done.addAll(needs);
            walked.addAll(needs);
            at = next;
        }
        return tops(walked);
    }

    /** The revision N steps above {@code from} along its only child at each step (an absolute position). */
    Set<String> above(String from, int n, String target) {
        String at = from;
        for (int i = 0; i < n; i++) {
            at = single(graph.children(at), at, i, target);
        }
        return Set.of(at);
    }

    /**
     * The revisions N steps below {@code from}: one, none (base), or a merge's parents when the last step leaves it.
     * With a {@code scope} (a branch), each revision stepped off must belong to it.
     */
    Set<String> down(String from, Set<String> scope, int n, String target) {
        String at = from;
        for (int i = 0; i < n; i++) {
            if (at == null || scope != null && !scope.contains(at)) {
                throw new TargetException(target, "cannot move " + target + ": only " + i + " revision(s)"
                        + (scope == null ? "" : " of that branch") + " lie below. Use a smaller number or "
                        + (scope == null ? "'base'" : "<branch>@base"));
            }
            List<String> parents = graph.get(at).info().down();
            if (parents.size() > 1) {
                if (i == n - 1) {
                    return Set.copyOf(parents);
                }
                throw new TargetException(target, "cannot move " + target + ": " + at + " merges "
                        + String.join(", ", parents) + ". Name the revision to reach instead");
            }
            at = parents.isEmpty() ? null : parents.get(0);
        }
        return at == null ? Set.of() : Set.of(at);
    }

    private String single(List<String> next, String at, int steps, String target) {
        if (next.isEmpty()) {
            throw new TargetException(target, "cannot move " + target + ": " + Targets.describe(at) + " is a head after "
                    + steps + " step(s). Use a smaller number or 'head'");
        }
        if (next.size() > 1) {
            throw new TargetException(target, "cannot move " + target + ": " + (at == null ? "there are several bases, "
                    : at + " branches into ") + String.join(", ", next) + ". Name the revision to reach instead");
        }
        return next.get(0);
    }

    /** The root and its ancestors along parent links, in the order an upgrade applies them. */
    private List<String> lineage(String root) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(graph.get(id).info().down());
            }
        }
        List<String> line = new ArrayList<>(seen);
        line.sort(Comparator.comparingInt(graph::position));
        return line;
    }

    /** {@code id} and what it needs that is not in {@code done}, in the order an upgrade applies them. */
    private List<String> missing(String id, Set<String> done) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!done.contains(next) && seen.add(next)) {
                todo.addAll(graph.get(next).info().down());
                todo.addAll(graph.get(next).info().dependsOn());
            }
        }
        List<String> needs = new ArrayList<>(seen);
        needs.sort(Comparator.comparingInt(graph::position));
        return needs;
    }

    /** The walked revisions that no other walked revision needs: an upgrade to them applies exactly the walk. */
    private Set<String> tops(List<String> walked) {
        Set<String> tops = new LinkedHashSet<>(walked);
        for (String id : walked) {
            graph.get(id).info().down().forEach(tops::remove);
            graph.get(id).info().dependsOn().forEach(tops::remove);
        }
        return tops;
    }
}
