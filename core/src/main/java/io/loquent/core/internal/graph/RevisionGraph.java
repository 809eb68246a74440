package io.loquent.core.internal.graph;

import io.loquent.core.RevisionGraphException;
import io.loquent.core.RevisionInfo;
import io.loquent.core.RevisionNotFoundException;
import io.loquent.core.internal.script.LoadedRevision;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revisions as a validated directed acyclic graph: parents ({@code down}) and dependencies ({@code dependsOn})
 * point at existing revisions, ids are unique and there is no cycle. Built in time linear in revisions plus edges;
 * every query is linear in what it returns, or logarithmic for prefix lookup.
 */
public final class RevisionGraph {
    private final Map<String, LoadedRevision> byId;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final List<String> order;
    private final List<String> heads = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    private final String[] sortedIds;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, List<String>> effectiveLabels;

    private RevisionGraph(Map<String, LoadedRevision> byId) {
        this.byId = byId;
        for (LoadedRevision r : byId.values()) {
            RevisionInfo info = r.info();
            for (String parent : info.down()) {
                requireKnown(parent, info, "down");
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(info.id());
            }
            for (String dependency : info.dependsOn()) {
                requireKnown(dependency, info, "dependsOn");
                dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(info.id());
            }
            if (info.isBase()) {
                bases.add(info.id());
            }
            for (String label : info.branchLabels()) {
                String previous = labels.putIfAbsent(label, info.id());
                if (previous != null) {
                    throw new RevisionGraphException("branch label '" + label + "' is declared by both " + previous
                            + " (" + byId.get(previous).info().source() + ") and " + info.id() + " (" + info.source()
                            + "). A label names one branch; rename one of them", List.of(previous, info.id()));
                }
                if (byId.containsKey(label)) {
                    throw new RevisionGraphException("branch label '" + label + "' of revision " + info.id()
                            + " is also a revision id. Choose another label", List.of(info.id(), label));
                }
            }
        }
        for (String id : byId.keySet()) {
            if (!children.containsKey(id)) {
                heads.add(id);
            }
        }
        this.order = topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        this.effectiveLabels = inheritLabels();
        this.sortedIds = byId.keySet().toArray(String[]::new);
        Arrays.sort(sortedIds);
    }

    /** Validates and indexes the revisions; throws {@link RevisionGraphException} naming what is wrong. */
    public static RevisionGraph of(List<LoadedRevision> revisions) {
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        for (LoadedRevision r : revisions) {
            LoadedRevision previous = byId.putIfAbsent(r.info().id(), r);
            if (previous != null) {
                throw new RevisionGraphException("revision id '" + r.info().id() + "' is declared twice: in "
                        + previous.info().source() + " and in " + r.info().source()
                        + ". Give one of them a new id (and update the down of its children)", List.of(r.info().id()));
            }
        }
        return new RevisionGraph(byId);
    }

    private void requireKnown(String id, RevisionInfo of, String attribute) {
        if (!byId.containsKey(id)) {
            throw new RevisionGraphException("revision '" + of.id() + "' (" + of.source() + ") names " + attribute + " '"
                    + id + "', which no script declares. Restore the missing script or correct " + attribute,
                    List.of(of.id(), id));
        }
    }

    /** Kahn's algorithm in load order, so that the order is stable; what is left over lies on a cycle. */
    private List<String> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (LoadedRevision r : byId.values()) {
            int n = r.info().down().size() + r.info().dependsOn().size();
            waiting.put(r.info().id(), n);
            if (n == 0) {
                ready.add(r.info().id());
            }
        }
        List<String> result = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            result.add(id);
            for (String next : successors(id)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (result.size() < byId.size()) {
            List<String> cycle = findCycle(waiting);
            throw new RevisionGraphException("the revisions form a cycle: " + String.join(" -> ", cycle)
                    + ". Change the down or dependsOn of one of them to break it", cycle);
        }
        return result;
    }

    /** Follows unresolved parents from a revision left on the cycle until one repeats. */
    private List<String> findCycle(Map<String, Integer> waiting) {
        String start = waiting.entrySet().stream().filter(e -> e.getValue() > 0).findFirst().orElseThrow().getKey();
        Map<String, Integer> seenAt = new HashMap<>();
        List<String> path = new ArrayList<>();
        String current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            RevisionInfo info = byId.get(current).info();
            current = concat(info.down(), info.dependsOn()).stream()
                    .filter(p -> waiting.get(p) > 0).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        cycle.add(current);
        java.util.Collections.reverse(cycle);
        return cycle;
    }

    private List<String> successors(String id) {
        List<String> c = children.getOrDefault(id, List.of());
        List<String> d = dependents.getOrDefault(id, List.of());
        return d.isEmpty() ? c : concat(c, d);
    }

    public LoadedRevision get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    /** Every revision, parents before children. */
    public List<String> order() {
        return order;
    }

    /** The place of a revision in {@link #order()}. */
    public int position(String id) {
        return position.get(id);
    }

    /** Revisions that no revision names as a parent. */
    public List<String> heads() {
        return heads;
    }

    public List<String> bases() {
        return bases;
    }

    /** The revisions that name {@code id} as a parent. */
    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The revision that declares {@code label}, or null. */
    public String labelled(String label) {
        return labels.get(label);
    }

    /** The labels of {@code id}: its own and those it inherits from its ancestors along parent links. */
    public List<String> labelsOf(String id) {
        return effectiveLabels.getOrDefault(id, List.of());
    }

    /** Labels flow from parents to children; computed once in topological order, sharing unchanged lists. */
    private Map<String, List<String>> inheritLabels() {
        Map<String, List<String>> result = new HashMap<>();
        if (labels.isEmpty()) {
            return result;
        }
        for (String id : order) {
            RevisionInfo info = byId.get(id).info();
            List<String> inherited = List.of();
            for (String parent : info.down()) {
                List<String> p = result.getOrDefault(parent, List.of());
                if (inherited.isEmpty()) {
                    inherited = p;
                } else if (!p.isEmpty() && !inherited.equals(p)) {
                    Set<String> merged = new LinkedHashSet<>(inherited);
                    merged.addAll(p);
                    inherited = List.copyOf(merged);
                }
            }
            if (!info.branchLabels().isEmpty()) {
                Set<String> own = new LinkedHashSet<>(inherited);
                own.addAll(info.branchLabels());
                inherited = List.copyOf(own);
            }
            if (!inherited.isEmpty()) {
                result.put(id, inherited);
            }
        }
        return result;
    }

    /**
     * The revision a reference names: a full id, a branch label (the revision that declares it), or a prefix of
     * exactly one id. Throws
     * {@link RevisionNotFoundException} listing the candidates of an ambiguous prefix.
     */
    public String resolve(String reference) {
        if (byId.containsKey(reference)) {
            return reference;
        }
        if (labels.containsKey(reference)) {
            return labels.get(reference);
        }
        int from = Arrays.binarySearch(sortedIds, reference);
        from = from >= 0 ? from : -from - 1;
        List<String> matches = new ArrayList<>();
        for (int i = from; i < sortedIds.length && sortedIds[i].startsWith(reference) && matches.size() < 10; i++) {
            matches.add(sortedIds[i]);
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new RevisionNotFoundException(reference, List.of(), "no revision '" + reference
                    + "' among the " + byId.size() + " scripts. Check the id with 'loquent history'");
        }
        throw new RevisionNotFoundException(reference, matches, "revision prefix '" + reference + "' is ambiguous: it matches "
                + String.join(", ", matches) + ". Give more characters of the id");
    }

    /** {@code ids} and everything they need: parents and dependencies, transitively. */
    public Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                RevisionInfo info = byId.get(id).info();
                todo.addAll(info.down());
                todo.addAll(info.dependsOn());
            }
        }
        return seen;
    }

    /**
     * The heads of an applied set: its revisions that no other revision of it names as a parent. The version table
     * holds exactly these, one row per branch the database is on (a dependency keeps its own row).
     */
    public Set<String> headsOf(Set<String> applied) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : applied) {
            if (children(id).stream().noneMatch(applied::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    /** {@code ids} and their descendants along parent links only (the branch that grows from them). */
    public Set<String> branch(Collection<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(children(id));
            }
        }
        return seen;
    }

    /** {@code ids} and everything that needs them: children and dependants, transitively. */
    public Set<String> descendants(Collection<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(successors(id));
            }
        }
        return seen;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
