package io.loquent.benchmarks;

import io.loquent.core.RevisionInfo;
import io.loquent.core.internal.script.Checksums;
import io.loquent.core.internal.script.LoadedRevision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic history shaped like a long-lived project: a trunk from which {@code branches} feature branches fork
 * and into which each is merged back, one after another. Every branch takes one segment of {@code size / branches}
 * revisions:
 * <pre>
 *   run (linear, ends in the branch point) ─┬─ trunk side ─┐
 *                                           └─ branch side ┴─ merge ── next segment's run …
 * </pre>
 * so there are exactly {@code branches} branch points, {@code branches} merges and one head (the last merge). The
 * two sides are written interleaved, as parallel work sorts by creation date, and each branch's first revision
 * carries a label, {@code feature_N}, so that label inheritance is part of building the graph.
 *
 * <p>Ids are twelve hex digits, as {@code loquent revision} writes them, drawn from a fixed seed so that every run
 * builds the same graph.
 */
final class GeneratedHistory {
    private static final long SEED = 0x10c0e47L;

    private final List<LoadedRevision> revisions = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();
    private final int run;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Set<String> usedIds = new HashSet<>();

    private GeneratedHistory(int size, int branches) {
        if (branches < 1 || size % branches != 0 || size / branches < 5) {
            throw new IllegalArgumentException("need a size that is a multiple of branches, at least 5 per branch: "
                    + size + " revisions, " + branches + " branches");
        }
        int segment = size / branches;
        int side = Math.max(1, segment / 5);
        this.run = segment - 2 * side - 1;
        String top = null;
        for (int b = 0; b < branches; b++) {
            top = segment(b, top, side);
        }
    }

    /** {@code size} revisions (a multiple of {@code branches}, at least five per branch). */
    static GeneratedHistory of(int size, int branches) {
        return new GeneratedHistory(size, branches);
    }

    /** Every revision, in creation order: parents before children, as the files of a folder sort. */
    List<LoadedRevision> revisions() {
        return revisions;
    }

    /** The merge revisions, oldest first; the last one is the single head. */
    List<String> merges() {
        return merges;
    }

    String head() {
        return merges.get(merges.size() - 1);
    }

    /** How many revisions follow each merge in a straight line (the last of them is the next branch point). */
    int linearRun() {
        return run;
    }

    /** The id of the revision created {@code index}-th. */
    String idAt(int index) {
        return revisions.get(index).info().id();
    }

    /** Writes one segment on top of {@code parent} (null: the base) and returns its merge. */
    private String segment(int branch, String parent, int side) {
        String at = parent;
        for (int i = 0; i < run; i++) {
            at = add(at == null ? List.of() : List.of(at), List.of(), "step " + i + " before feature " + branch);
        }
        String trunk = at;
        String feature = at;
        for (int i = 0; i < side; i++) {
            trunk = add(List.of(trunk), List.of(), "trunk work " + i + " during feature " + branch);
            feature = add(List.of(feature), i == 0 ? List.of("feature_" + branch) : List.of(),
                    "feature " + branch + " part " + i);
        }
        String merge = add(List.of(trunk, feature), List.of(), "merge feature " + branch);
        merges.add(merge);
        return merge;
    }

    private String add(List<String> down, List<String> labels, String message) {
        String id = newId();
        String source = "migrations/" + String.format("%05d", revisions.size()) + "_" + id + ".java";
        String checksum = Checksums.sha256((id + message).getBytes(StandardCharsets.UTF_8));
        RevisionInfo info = new RevisionInfo(id, down, labels, List.of(), message, source, checksum);
        revisions.add(new LoadedRevision(info, NoOpMigration.class));
        return id;
    }

    private String newId() {
        String id;
        do {
            id = String.format("%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
        } while (!usedIds.add(id));
        return id;
    }
}
