package io.loquent.core.internal.script;

import io.loquent.core.ChecksumMismatchException.Mismatch;
import io.loquent.core.RevisionInfo;
import io.loquent.core.internal.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applied revisions' recorded checksums compared with the scripts as they are now. A checksum recorded under an
 * earlier definition (a class-path revision's class-byte {@code sha256:}, before {@code ops1:}) is compared with that
 * definition computed now: equal means unchanged, so no deployment is blocked by a change of definition, and the
 * revision is listed in {@link #superseded()} so that its current checksum can be recorded from then on.
 *
 * @param mismatches applied scripts that changed since, each with both checksums under the same definition
 * @param superseded unchanged revisions whose recorded checksum has an earlier definition: record
 *                   {@link RevisionInfo#checksum()} for each, and later comparisons use the current definition
 */
public record ChecksumVerification(List<Mismatch> mismatches, List<RevisionInfo> superseded) {
    public ChecksumVerification {
        mismatches = List.copyOf(mismatches);
        superseded = List.copyOf(superseded);
    }

    /**
     * @param recorded the last recorded checksum of each revision, by id
     * @param applied  the applied revisions; only these are compared, and only their checksums are computed
     */
    public static ChecksumVerification of(RevisionGraph graph, Map<String, String> recorded, Set<String> applied) {
        List<Mismatch> mismatches = new ArrayList<>();
        List<RevisionInfo> superseded = new ArrayList<>();
        for (String id : graph.order()) {
            String before = recorded.get(id);
            if (before == null || !applied.contains(id)) {
                continue;
            }
            LoadedRevision revision = graph.get(id);
            String now = revision.checksumLike(before);
            if (!now.equals(before)) {
                mismatches.add(new Mismatch(id, revision.info().source(), before, now));
            } else if (!now.equals(revision.info().checksum())) {
                superseded.add(revision.info());
            }
        }
        return new ChecksumVerification(mismatches, superseded);
    }
}
