package io.loquent.core.internal.graph;

import io.loquent.core.TargetException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the target grammar (see {@link Planner}) to a position: the revisions that should be on top. Every target
 * that cannot be read, or cannot be reached from where the database is, ends in a {@link TargetException} that says
 * what to write instead.
 */
final class Targets {
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");
    private static final Pattern STEPS = Pattern.compile("([+-])(\\d+)");
    /** More digits than this can never be walked (no graph is that deep), and would overflow an int. */
    private static final int MAX_DIGITS = 9;

    private final RevisionGraph graph;
    private final Moves moves;

    Targets(RevisionGraph graph) {
        this.graph = graph;
        this.moves = new Moves(graph);
    }

    /**
     * The position {@code target} names from where the database is; empty for base.
     *
     * @param rows    the heads of the applied set (one row per branch the database is on)
     * @param applied the applied revisions
     * @param up      whether the caller upgrades (a stamp counts as one): {@code heads} and {@code +N} only go up
     */
    Set<String> position(Set<String> rows, Set<String> applied, String target, boolean up) {
        if (target.isBlank()) {
            throw new TargetException(target, "target '" + target + "' is empty. Name a revision (an id, a unique prefix"
                    + " or a branch label), head, heads, base, +N or -N");
        }
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
        String[] branch = branchAndPlace(target);
        if (branch != null) {
            return branchPosition(rows, applied, target, branch[0], branch[1], up);
        }
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return Set.of(graph.resolve(target));
        }
        int n = count(m.group(3), target);
        boolean plus = m.group(2).equals("+");
        if (m.group(1).isEmpty()) {
            String from = singleRow(rows, target);
            if (plus) {
                requireUp(up, target);
                return moves.up(from, null, applied, n, target);
            }
            return moves.down(from, null, n, target);
        }
        String from = m.group(1).equals("head") ? singleHead(target, graph.heads()) : graph.resolve(m.group(1));
        return plus ? moves.above(from, n, target) : moves.down(from, null, n, target);
    }

    /** For {@code <branch>@…} targets, the revisions the branch covers, to which a downgrade is confined; else null. */
    Set<String> branchScope(String target) {
        String[] branch = branchAndPlace(target);
        return branch == null ? null : covered(root(branch[0]));
    }

    /**
     * What a branch covers, as in Alembic: its root, the root's descendants along parent links, and the root's
     * ancestors down to (not including) the preceding branch point or merge. So a label put on the second revision
     * of a fork still names the whole fork, and {@code label@base} removes all of it.
     */
    Set<String> covered(String root) {
        Set<String> covered = new HashSet<>(graph.branch(List.of(root)));
        List<String> parents = graph.get(root).info().down();
        while (parents.size() == 1) {
            String parent = parents.get(0);
            List<String> grand = graph.get(parent).info().down();
            if (graph.children(parent).size() > 1 || grand.size() > 1) {
                break;
            }
            covered.add(parent);
            parents = grand;
        }
        return covered;
    }

    /** {@code {branch, place}} of a {@code <branch>@<place>} target, null without '@'; refuses a malformed one. */
    private static String[] branchAndPlace(String target) {
        int at = target.indexOf('@');
        if (at < 0) {
            return null;
        }
        String branch = target.substring(0, at);
        String place = target.substring(at + 1);
        if (branch.isEmpty() || place.isEmpty() || place.indexOf('@') >= 0) {
            throw new TargetException(target, "target '" + target + "' is malformed. Write <branch>@head,"
                    + " <branch>@base, <branch>@+N or <branch>@-N, where the branch is a label or a revision");
        }
        return new String[] {branch, place};
    }

    private Set<String> branchPosition(Set<String> rows, Set<String> applied, String target, String branch,
                                       String place, boolean up) {
        String root = root(branch);
        Set<String> members = covered(root);
        if (place.equals("head")) {
            return Set.of(singleHead(target, graph.heads().stream().filter(members::contains).toList()));
        }
        if (place.equals("base")) {
            return Set.of();
        }
        Matcher m = STEPS.matcher(place);
        if (!m.matches()) {
            throw new TargetException(target, "target '" + target + "' is malformed. After '@' write head, base, +N"
                    + " or -N");
        }
        int n = count(m.group(2), target);
        List<String> current = rows.stream().filter(members::contains).sorted().toList();
        if (current.size() > 1) {
            throw new TargetException(target, "branch " + branch + " is at several heads (" + String.join(", ", current)
                    + "). Name the revision to move from, as <rev>" + m.group(1) + "N");
        }
        String from = current.isEmpty() ? null : current.get(0);
        if (m.group(1).equals("+")) {
            requireUp(up, target);
            return moves.up(from, root, applied, n, target);
        }
        if (from == null) {
            throw new TargetException(target, "cannot move " + target + ": nothing of branch " + branch
                    + " is applied. Use 'loquent upgrade' to reach it first");
        }
        return moves.down(from, members, n, target);
    }

    private String root(String branch) {
        String labelled = graph.labelled(branch);
        return labelled != null ? labelled : graph.resolve(branch);
    }

    /** The N of a relative target: at least one, and refused clearly (not overflowed) when absurdly large. */
    private int count(String digits, String target) {
        String n = digits.replaceFirst("^0+(?=.)", "");
        if (n.length() > MAX_DIGITS) {
            throw new TargetException(target, "cannot move " + target + ": " + n + " steps is more than the "
                    + graph.size() + " revisions there are. Use a smaller number, 'head' or 'base'");
        }
        int count = Integer.parseInt(n);
        if (count == 0) {
            throw new TargetException(target, "cannot move " + target + ": it moves by zero revisions. Move by 1 or more");
        }
        return count;
    }

    private static void requireUp(boolean up, String target) {
        if (!up) {
            throw new TargetException(target, "'" + target + "' moves up, not down. Use 'loquent upgrade " + target + "'");
        }
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
                    + describe(rows) + "). Name the revision to move from, as <rev>" + target.charAt(0)
                    + "N, or a branch, as <label>@" + target);
        }
        return rows.isEmpty() ? null : rows.iterator().next();
    }

    static String describe(String at) {
        return at == null ? "base" : at;
    }

    static String describe(Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", new TreeSet<>(rows));
    }
}
