package io.loquent.core.internal.script;

import io.loquent.core.ConfigurationException;
import io.loquent.core.RevisionRequest;
import io.loquent.core.TargetException;
import io.loquent.core.internal.graph.RevisionGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writing revisions and projects: where a new revision goes (Alembic's rules for {@code revision --head/--splice}
 * and {@code merge}), and the files of a new project.
 */
public final class Authoring {
    private Authoring() {
    }

    /** The parents of a new revision. */
    public static List<String> parents(RevisionGraph graph, RevisionRequest request) {
        String head = request.head();
        if (head == null || head.equals("head")) {
            List<String> heads = graph.heads();
            if (heads.size() > 1) {
                throw new TargetException("head", "multiple heads are present: " + String.join(", ", heads)
                        + ". Choose the parent with --head REV, or join them first with 'loquent merge'");
            }
            return heads;
        }
        if (head.equals("base")) {
            if (graph.size() > 0 && request.branchLabels().isEmpty()) {
                throw new TargetException(head, "a second base starts an independent branch: name it with"
                        + " --branch-label so that it can be targeted as LABEL@head");
            }
            return List.of();
        }
        String parent = head.endsWith("@head") ? headOf(graph, head) : graph.resolve(head);
        if (!graph.children(parent).isEmpty() && !request.splice()) {
            throw new TargetException(head, "revision " + parent + " is not a head: it has children "
                    + String.join(", ", graph.children(parent)) + ". Pass --splice to start a new branch from it");
        }
        return List.of(parent);
    }

    /** The parents of a merge: at least two distinct revisions; {@code heads} stands for every head. */
    public static List<String> mergeParents(RevisionGraph graph, List<String> references) {
        Set<String> parents = new LinkedHashSet<>();
        for (String ref : references) {
            if (ref.equals("heads")) {
                parents.addAll(graph.heads());
            } else {
                parents.add(graph.resolve(ref));
            }
        }
        if (parents.size() < 2) {
            throw new TargetException(String.join(" ", references), "a merge joins at least two revisions, got "
                    + (parents.isEmpty() ? "none" : String.join(", ", parents)) + ". Name two or more, or 'heads'");
        }
        for (String p : parents) {
            Set<String> others = new LinkedHashSet<>(parents);
            others.remove(p);
            if (graph.ancestors(others).contains(p)) {
                throw new TargetException(p, "revision " + p + " is already an ancestor of another revision being"
                        + " merged. Merge only revisions on different branches");
            }
        }
        return new ArrayList<>(parents);
    }

    /** Writes a revision file that does nothing after checking that its id and labels are free; returns its path. */
    public static Path write(RevisionGraph graph, Path folder, String revisionId, List<String> down, List<String> labels,
                             List<String> dependsOn, String message) {
        return write(graph, folder, revisionId, down, labels, dependsOn, message, RevisionBody.EMPTY);
    }

    /** Writes a revision file that does what {@code body} says, after checking that its id and labels are free. */
    public static Path write(RevisionGraph graph, Path folder, String revisionId, List<String> down, List<String> labels,
                             List<String> dependsOn, String message, RevisionBody body) {
        String id = freeId(graph, revisionId, labels);
        Set<String> taken = graph.order().stream().map(r -> simpleName(graph.get(r).typeName())).collect(Collectors.toSet());
        return RevisionWriter.write(folder, id, down, labels, dependsOn, message, taken, LocalDateTime.now(), body);
    }

    /** Writes a {@code .sql} revision with empty sections, after checking that its id and labels are free. */
    public static Path writeSql(RevisionGraph graph, Path folder, String revisionId, List<String> down,
                                List<String> labels, List<String> dependsOn, String message) {
        return RevisionWriter.writeSql(folder, freeId(graph, revisionId, labels), down, labels, dependsOn, message,
                LocalDateTime.now());
    }

    /**
     * Writes a repeatable revision with an empty body, after checking that no repeatable or revision has the name.
     */
    public static Path writeRepeatable(RevisionGraph graph, List<Repeatable> repeatables, Path folder, String name,
                                       String message) {
        for (Repeatable r : repeatables) {
            if (r.name().equals(name)) {
                throw new ConfigurationException("repeatable '" + name + "' already exists in " + r.source()
                        + "; edit that file, or choose another name");
            }
        }
        if (graph.contains(name)) {
            throw new ConfigurationException("'" + name + "' is the id of revision " + graph.get(name).info().source()
                    + "; choose another name for the repeatable");
        }
        return RevisionWriter.writeRepeatable(folder, name, message);
    }

    /** {@code revisionId}, or a new random id, refused when it or a label is already taken. */
    private static String freeId(RevisionGraph graph, String revisionId, List<String> labels) {
        String id = revisionId != null ? revisionId : RevisionWriter.newId();
        if (graph.contains(id)) {
            throw new ConfigurationException("revision id '" + id + "' is already used by " + graph.get(id).info().source()
                    + "; choose another --rev-id");
        }
        if (graph.labelled(id) != null) {
            throw new ConfigurationException("revision id '" + id + "' is already a branch label of revision "
                    + graph.labelled(id) + "; choose another --rev-id");
        }
        for (String label : labels) {
            if (!RevisionReader.isValidId(label)) {
                throw new ConfigurationException("branch label '" + label + "' is not valid: labels follow the id rule: "
                        + RevisionReader.idRule());
            }
            if (graph.contains(label) || label.equals(id)) {
                throw new ConfigurationException("branch label '" + label + "' is also a revision id; choose another label");
            }
            if (graph.labelled(label) != null) {
                throw new ConfigurationException("branch label '" + label + "' is already used by revision "
                        + graph.labelled(label) + "; choose another label");
            }
        }
        return id;
    }

    /** Writes {@code loquent.properties} and an empty {@code migrations/} folder into {@code folder}. */
    public static Path init(Path folder, String url, String versionTable) {
        Path file = folder.resolve("loquent.properties");
        if (Files.exists(file)) {
            throw new ConfigurationException(file + " already exists; remove it or run init in another folder");
        }
        try {
            Files.createDirectories(folder.resolve("migrations"));
            Files.writeString(file, """
                    # Loquent configuration. Flags (--url, ...) and LOQUENT_URL, LOQUENT_USER, LOQUENT_PASSWORD override it.
                    url=%s
                    scripts=migrations
                    version_table=%s
                    """.formatted(url, versionTable));
        } catch (IOException e) {
            throw new ConfigurationException("cannot write '" + file + "': " + IoReason.of(e)
                    + ". Run init in a folder you may write to", e);
        }
        return file;
    }

    private static String headOf(RevisionGraph graph, String target) {
        String branch = target.substring(0, target.length() - "@head".length());
        String root = graph.labelled(branch) != null ? graph.labelled(branch) : graph.resolve(branch);
        Set<String> members = graph.branch(List.of(root));
        List<String> heads = graph.heads().stream().filter(members::contains).toList();
        if (heads.size() != 1) {
            throw new TargetException(target, "branch " + branch + " has " + heads.size() + " heads: "
                    + String.join(", ", heads) + ". Name one of them");
        }
        return heads.get(0);
    }

    /** {@code CreateUsers} of {@code CreateUsers} or {@code app.CreateUsers}, nested classes as javac names them. */
    private static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1);
    }
}
