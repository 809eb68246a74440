package io.loquent.core;

import java.util.List;

/**
 * A revision with what the graph knows about it.
 *
 * @param info     its declaration
 * @param children the revisions that name it as a parent
 * @param labels   its branch labels, own and inherited
 */
public record RevisionDetail(RevisionInfo info, List<String> children, List<String> labels) {
    public RevisionDetail {
        children = List.copyOf(children);
        labels = List.copyOf(labels);
    }

    public String id() {
        return info.id();
    }

    public boolean isHead() {
        return children.isEmpty();
    }

    public boolean isBranchPoint() {
        return children.size() > 1;
    }
}
