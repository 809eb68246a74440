package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a target ({@code head}, {@code heads}, {@code base}, an id or unique prefix, {@code +N}, {@code -N},
 * {@code <rev>+N}, {@code <rev>-N}) into the ordered steps from the current version rows. Pure: no database.
 *
 * <p>The database is at the set of revisions the version rows need (their ancestors and dependencies). An upgrade
 * applies what the target needs that is not applied yet, parents first; a downgrade removes what needs the target,
 * children first. The rows after each step are the heads of the applied set, as Alembic keeps them.
 */
public final class Planner {
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");

    private final RevisionGraph graph;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The steps that bring the database from {@code rows} up to {@code target}. */
    public Plan upgrade(Set<String> rows, String target) {
        Set<String> applied = graph.ancestors(rows);
        Set<String> goal = switch (target) {
            case "head" -> Set.of(singleHead(target));
            case "heads" -> new HashSet<>(graph.heads());
            case "base" -> Set.of();
            default -> upTarget(rows, target);
        };
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
        if (target.equals("base")) {
            todo.addAll(applied);
        } else {
            Set<String> keep = downTarget(rows, target);
            if (keep.isEmpty()) {
                todo.addAll(applied);
            }
            for (String k : keep) {
                if (!applied.contains(k)) {
                    throw new TargetException(target, "revision '" + k + "' is not applied, so the database cannot go"
                            + " down to it (it is at " + describe(rows) + "). Use 'loquent upgrade' to reach it");
                }
            }
            for (String id : graph.descendants(keep)) {
                if (!keep.contains(id) && applied.contains(id)) {
                    todo.add(id);
                }
            }
        }
        todo.sort(Comparator.comparingInt(graph::position).reversed());
        return walk(rows, applied, todo, false);
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

    private String singleHead(String target) {
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new TargetException(target, "multiple heads are present: " + String.join(", ", heads)
                    + ". Name one of them, use 'upgrade heads' to apply all, or join them with 'loquent merge'");
        }
        if (heads.isEmpty()) {
            throw new TargetException(target, "there are no revisions yet. Create one with 'loquent revision -m MESSAGE'");
        }
        return heads.get(0);
    }

    private Set<String> upTarget(Set<String> rows, String target) {
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return Set.of(graph.resolve(target));
        }
        int n = Integer.parseInt(m.group(3));
        String from = anchor(rows, m.group(1), target);
        return m.group(2).equals("+") ? only(walkUp(from, n, target)) : walkDown(from, n, target);
    }

    private static Set<String> only(String id) {
        return id == null ? Set.of() : Set.of(id);
    }

    /** The revisions to keep at the top; empty for base. */
    private Set<String> downTarget(Set<String> rows, String target) {
        switch (target) {
            case "head":
                return Set.of(singleHead(target));
            case "heads":
                throw new TargetException(target, "'heads' is not a downgrade target. Name a revision, -N or base");
            default:
                break;
        }
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return Set.of(graph.resolve(target));
        }
        if (m.group(2).equals("+") && m.group(1).isEmpty()) {
            throw new TargetException(target, "'" + target + "' moves up, not down. Use 'loquent upgrade " + target + "'");
        }
        String from = anchor(rows, m.group(1), target);
        int n = Integer.parseInt(m.group(3));
        return m.group(2).equals("+") ? only(walkUp(from, n, target)) : walkDown(from, n, target);
    }

    /** The revision a relative target counts from: the given one, or the single current head (null at base). */
    private String anchor(Set<String> rows, String written, String target) {
        if (!written.isEmpty()) {
            return written.equals("head") ? singleHead(target) : graph.resolve(written);
        }
        if (rows.size() > 1) {
            throw new TargetException(target, "'" + target + "' is relative, but the database is at several heads ("
                    + String.join(", ", rows) + "). Name the revision to move from, as <rev>" + target.charAt(0) + "N");
        }
        return rows.isEmpty() ? null : rows.iterator().next();
    }

    private String walkUp(String from, int n, String target) {
        String at = from;
        for (int i = 0; i < n; i++) {
            List<String> next = at == null ? graph.bases() : graph.children(at);
            if (next.isEmpty()) {
                throw new TargetException(target, "cannot move " + target + ": " + describe(at) + " is a head after "
                        + i + " step(s). Use a smaller number or 'head'");
            }
            if (next.size() > 1) {
                throw new TargetException(target, "cannot move " + target + ": " + describe(at) + " branches into "
                        + String.join(", ", next) + ". Name the revision to reach instead");
            }
            at = next.get(0);
        }
        return at;
    }

    /** The revisions N steps below {@code from}: one, none (base), or a merge's parents when the last step leaves it. */
    private Set<String> walkDown(String from, int n, String target) {
        String at = from;
        for (int i = 0; i < n; i++) {
            if (at == null) {
                throw new TargetException(target, "cannot move " + target + ": only " + i
                        + " revision(s) lie below. Use a smaller number or 'base'");
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
        return only(at);
    }

    private static String describe(String at) {
        return at == null ? "base" : at;
    }

    private static String describe(Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }
}
