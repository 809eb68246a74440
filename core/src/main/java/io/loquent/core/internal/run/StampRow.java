package io.loquent.core.internal.run;

import io.loquent.core.HistoryEntry;
import io.loquent.core.RevisionInfo;
import io.loquent.core.internal.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One history row a stamp writes: {@code stamp} for a revision the stamp records as applied, {@code unstamp} for one
 * it records as not applied.
 *
 * @param stamped    whether the row is a {@code stamp} (else {@code unstamp})
 * @param unfinished when the revision's last run did not finish, what its history row says; else null
 */
record StampRow(RevisionInfo info, boolean stamped, String unfinished) {

    /**
     * The rows for moving from {@code state} to {@code after}: a stamp for each revision newly covered, or whose
     * checksum is {@code accepted} anew, or that did not finish when it last ran; an unstamp for each revision no
     * longer covered, or unfinished and left uncovered (its committed statements are declared undone).
     */
    static List<StampRow> of(RevisionGraph graph, Engine.State state, Set<String> after,
                             Collection<RevisionInfo> accepted) {
        Set<String> before = graph.ancestors(state.rows().stream().filter(graph::contains).collect(Collectors.toSet()));
        Set<String> covered = graph.ancestors(after);
        Set<String> acceptedIds = accepted.stream().map(RevisionInfo::id).collect(Collectors.toSet());
        Map<String, Progress.Recorded> pending = Progress.pending(state.history());
        List<StampRow> rows = new ArrayList<>();
        for (String id : graph.order()) {
            Progress.Recorded unfinished = pending.getOrDefault(Progress.key(id, true), pending.get(Progress.key(id, false)));
            String what = unfinished == null ? null : unfinished.entry().detail().lines().findFirst().orElse("");
            RevisionInfo info = graph.get(id).info();
            if (covered.contains(id) && (!before.contains(id) || acceptedIds.contains(id) || unfinished != null)) {
                rows.add(new StampRow(info, true, what));
            } else if (!covered.contains(id) && (before.contains(id) || unfinished != null)) {
                rows.add(new StampRow(info, false, what));
            }
        }
        return rows;
    }

    HistoryEntry entry(String who) {
        String detail = unfinished == null ? null : stamped
                ? "recorded as applied in full; its last run had not finished (" + unfinished + ")"
                : "recorded as not applied: what its unfinished run had committed was declared undone (" + unfinished
                + ")";
        return HistoryStore.record(info, stamped ? "stamp" : "unstamp", who, detail);
    }
}
