package io.loquent.core;

import java.util.List;

/**
 * What {@code loquent revision} writes.
 *
 * @param message      the revision's message
 * @param revisionId   the id, or null for a random one
 * @param head         the parent: a revision, {@code head}, or {@code base} for a new base; null for the current head
 * @param splice       whether the parent may be a revision that already has children (starting a branch)
 * @param branchLabels labels naming the branch the revision starts
 * @param dependsOn    revisions it depends on without being their child
 */
public record RevisionRequest(String message, String revisionId, String head, boolean splice,
                              List<String> branchLabels, List<String> dependsOn) {
    public RevisionRequest {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A revision on top of the single current head. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, null, false, List.of(), List.of());
    }
}
