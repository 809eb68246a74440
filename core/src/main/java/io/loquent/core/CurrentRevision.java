package io.loquent.core;

/**
 * A row of the version table.
 *
 * @param id   the revision id
 * @param head whether it is a head of the revision graph
 * @param info the script's declaration
 */
public record CurrentRevision(String id, boolean head, RevisionInfo info) {
}
