package io.loquent.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A revision as its script declares it. Immutable; the accessors are those of a record.
 *
 * <p>Not a record because the checksum of a revision loaded from the class path is computed only when something asks
 * for it (it runs the script against a recording {@code Op}), and most commands never do.
 */
public final class RevisionInfo {
    private final String id;
    private final List<String> down;
    private final List<String> branchLabels;
    private final List<String> dependsOn;
    private final String message;
    private final String source;
    private final Supplier<String> checksumSupplier;
    private volatile String checksum;

    /**
     * @param id           the revision id
     * @param down         its parents; empty for a base
     * @param branchLabels the labels declared on it
     * @param dependsOn    revisions that must be applied before it
     * @param message      its one-line description
     * @param source       where it came from: a file path or a class name
     * @param checksum     its checksum, as {@link #checksum()} describes
     */
    public RevisionInfo(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
                        String message, String source, String checksum) {
        this(id, down, branchLabels, dependsOn, message, source, () -> checksum);
    }

    /** As the other constructor, with a checksum computed on first use (once). */
    public RevisionInfo(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
                        String message, String source, Supplier<String> checksum) {
        this.id = id;
        this.down = List.copyOf(down);
        this.branchLabels = List.copyOf(branchLabels);
        this.dependsOn = List.copyOf(dependsOn);
        this.message = message;
        this.source = source;
        this.checksumSupplier = Objects.requireNonNull(checksum, "checksum");
    }

    public String id() {
        return id;
    }

    public List<String> down() {
        return down;
    }

    public List<String> branchLabels() {
        return branchLabels;
    }

    public List<String> dependsOn() {
        return dependsOn;
    }

    public String message() {
        return message;
    }

    public String source() {
        return source;
    }

    /**
     * The checksum, with its definition as prefix: {@code sha256:} and the hash of a source file's normalised text,
     * or {@code ops1:} and the hash of the operations a class-path revision records (see the README, "Audit history
     * and checksums").
     */
    public String checksum() {
        String value = checksum;
        if (value == null) {
            synchronized (this) {
                value = checksum;
                if (value == null) {
                    value = checksumSupplier.get();
                    checksum = value;
                }
            }
        }
        return value;
    }

    public boolean isBase() {
        return down.isEmpty();
    }

    public boolean isMerge() {
        return down.size() > 1;
    }

    /** Equal declarations from the same source; the checksum is left out, so comparing never runs a script. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RevisionInfo r && id.equals(r.id) && down.equals(r.down)
                && branchLabels.equals(r.branchLabels) && dependsOn.equals(r.dependsOn)
                && Objects.equals(message, r.message) && Objects.equals(source, r.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, down, branchLabels, dependsOn, message, source);
    }

    @Override
    public String toString() {
        return "RevisionInfo[id=" + id + ", down=" + down + ", source=" + source + "]";
    }
}
