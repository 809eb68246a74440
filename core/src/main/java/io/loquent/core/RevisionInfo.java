package io.loquent.core;

import java.util.List;

/**
 * A revision as its script declares it.
 *
 * @param id           the revision id
 * @param down         its parents; empty for a base
 * @param branchLabels the labels declared on it
 * @param dependsOn    revisions that must be applied before it
 * @param message      its one-line description
 * @param source       where it came from: a file path or a class name
 * @param checksum     {@code sha256:} and the hash of its normalised source (or class bytes)
 */
public record RevisionInfo(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
                           String message, String source, String checksum) {
    public RevisionInfo {
        down = List.copyOf(down);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean isBase() {
        return down.isEmpty();
    }

    public boolean isMerge() {
        return down.size() > 1;
    }
}
