package io.loquent.api;

/**
 * One revision's change, in both directions. Implementations carry a {@link Revision} annotation and a public
 * no-argument constructor.
 *
 * <p>The {@link Op} passed in is the same one the static {@link Migration} facade reaches, so a script may use
 * either style.
 */
public interface MigrationScript {
    /** Moves the schema from the parent revisions to this one. */
    void upgrade(Op op);

    /** Moves the schema from this revision back to its parents. */
    void downgrade(Op op);
}
