package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the target grammar (see {@link Planner}) to a position: the revisions that should be on top. */
final class Targets {
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");

    private final RevisionGraph graph;

    Targets(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The position {@code target} names from {@code rows}; empty for base.
     *
     * @param up whether the caller upgrades (only {@code heads} depends on it)
     */
    Set<String> position(Set<String> rows, String target, boolean up) {
        switch (target) {
            case "base":
                return Set.of();
            case "head":
                return Set.of(singleHead(target, graph.heads()));
            case "heads":
                if (!up) {
                    throw new TargetException(target, "'heads' is not a downgrade target. Name a revision, -N or base");
                }
                return new HashSet<>(graph.heads());
            default:
                break;
        }
        int at = target.indexOf('@');
        if (at >= 0) {
            return branchPosition(rows, target, target.substring(0, at), target.substring(at + 1));
        }
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return Set.of(graph.resolve(target));
        }
        if (m.group(1).isEmpty() && m.group(2).equals("+") && !up) {
            throw new TargetException(target, "'" + target + "' moves up, not down. Use 'loquent upgrade " + target + "'");
        }
        String from = m.group(1).isEmpty() ? singleRow(rows, target)
                : m.group(1).equals("head") ? singleHead(target, graph.heads()) : graph.resolve(m.group(1));
        return move(from, null, m.group(2), Integer.parseInt(m.group(3)), target);
    }

    /** For {@code <branch>@base}, the branch's root revision; otherwise null. */
    String branchBase(String target) {
        return target.endsWith("@base") ? root(target.substring(0, target.length() - "@base".length())) : null;
    }

    /** For {@code <branch>@…} targets, the revisions of that branch, to which a downgrade is confined; else null. */
    Set<String> branchScope(String target) {
        int at = target.indexOf('@');
        return at < 0 ? null : graph.branch(List.of(root(target.substring(0, at))));
    }

    private Set<String> branchPosition(Set<String> rows, String target, String branch, String where) {
        String root = root(branch);
        Set<String> members = graph.branch(List.of(root));
        if (where.equals("head")) {
            List<String> heads = graph.heads().stream().filter(members::contains).toList();
            return Set.of(singleHead(target, heads));
        }
        if (where.equals("base")) {
            return Set.of();
        }
        Matcher m = RELATIVE.matcher(where);
        if (!m.matches() || !m.group(1).isEmpty()) {
            throw new TargetException(target, "cannot read target '" + target + "'. After '@' write head, base, +N or -N");
        }
        List<String> current = rows.stream().filter(members::contains).toList();
        if (current.size() > 1) {
            throw new TargetException(target, "branch " + branch + " is at several heads (" + String.join(", ", new java.util.TreeSet<>(current))
                    + "). Name the revision to move from, as <rev>" + m.group(2) + "N");
        }
        String from = current.isEmpty() ? null : current.get(0);
        return move(from, from == null ? root : null, m.group(2), Integer.parseInt(m.group(3)), target);
    }

    private String root(String branch) {
        String labelled = graph.labelled(branch);
        return labelled != null ? labelled : graph.resolve(branch);
    }

    /**
     * N steps up or down from {@code from} (null: below everything). {@code firstUp}, when set, is the only
     * revision the first upward step from nothing may reach: the root of a branch.
     */
    private Set<String> move(String from, String firstUp, String sign, int n, String target) {
        if (sign.equals("-")) {
            return walkDown(from, n, target);
        }
        String at = from;
        for (int i = 0; i < n; i++) {
            List<String> next = at != null ? graph.children(at) : firstUp != null ? List.of(firstUp) : graph.bases();
            if (next.isEmpty()) {
                throw new TargetException(target, "cannot move " + target + ": " + describe(at) + " is a head after "
                        + i + " step(s). Use a smaller number or 'head'");
            }
            if (next.size() > 1) {
                throw new TargetException(target, "cannot move " + target + ": " + (at == null ? "there are several bases, "
                        : describe(at) + " branches into ") + String.join(", ", next) + ". Name the revision to reach instead");
            }
            at = next.get(0);
        }
        return at == null ? Set.of() : Set.of(at);
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
        return at == null ? Set.of() : Set.of(at);
    }

    private static String singleHead(String target, List<String> heads) {
        if (heads.size() > 1) {
            throw new TargetException(target, "multiple heads are present for '" + target + "': "
                    + String.join(", ", heads) + ". Name one of them, use 'upgrade heads' to apply all,"
                    + " or join them with 'loquent merge'");
        }
        if (heads.isEmpty()) {
            throw new TargetException(target, "there are no revisions yet. Create one with 'loquent revision -m MESSAGE'");
        }
        return heads.get(0);
    }

    private static String singleRow(Set<String> rows, String target) {
        if (rows.size() > 1) {
            throw new TargetException(target, "'" + target + "' is relative, but the database is at several heads ("
                    + String.join(", ", new java.util.TreeSet<>(rows)) + "). Name the revision to move from, as <rev>"
                    + target.charAt(0) + "N, or a branch, as <label>@" + target);
        }
        return rows.isEmpty() ? null : rows.iterator().next();
    }

    static String describe(String at) {
        return at == null ? "base" : at;
    }

    static String describe(Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", new java.util.TreeSet<>(rows));
    }
}
