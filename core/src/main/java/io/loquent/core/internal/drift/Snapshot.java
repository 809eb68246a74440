package io.loquent.core.internal.drift;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Schema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema as a run left it, with when and how it was taken: what drift is measured against.
 *
 * @param revisions the version rows after the run (empty at base)
 * @param taken     when it was taken (for an offline script, when the script was written)
 * @param cause     what took it: {@code upgrade}, {@code downgrade}, {@code stamp}, {@code offline} or {@code accept}
 * @param schema    the schema
 */
public record Snapshot(List<String> revisions, LocalDateTime taken, String cause, Schema schema) {
    public Snapshot {
        revisions = List.copyOf(revisions);
    }

    /** {@code since revision 7c1e (applied 2026-11-30 14:02)}: where drift is counted from, for people. */
    public String since() {
        String when = switch (cause) {
            case "upgrade" -> "applied";
            case "downgrade" -> "downgraded to";
            case "stamp" -> "stamped";
            case "offline" -> "offline script written";
            case "accept" -> "drift accepted";
            default -> cause;
        };
        String at = taken.toLocalDate() + " " + taken.toLocalTime().withSecond(0).withNano(0);
        return "since " + (revisions.isEmpty() ? "base" : (revisions.size() == 1 ? "revision " : "revisions ")
                + String.join(", ", revisions)) + " (" + when + " " + at + ")";
    }

    /** The snapshot as lines: a header, then the schema's objects ({@link SnapshotCodec}). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(SnapshotCodec.line("snapshot", "1", revisions, taken.toString(), cause));
        lines.addAll(SnapshotCodec.lines(schema));
        return lines;
    }

    /**
     * The snapshot {@code lines} hold.
     *
     * @throws LoquentException when they are not lines {@link #lines} wrote
     */
    public static Snapshot of(List<String> lines) {
        List<List<String>> header = lines.isEmpty() ? List.of() : SnapshotCodec.fields(lines.get(0));
        if (header.size() != 5 || !"snapshot".equals(header.get(0).get(0)) || !"1".equals(header.get(1).get(0))) {
            throw new LoquentException("the schema snapshot has no header Loquent can read (written by another"
                    + " version?). Record a new one with 'loquent check --accept-drift'");
        }
        List<String> revisions = header.get(2).size() == 1 && header.get(2).get(0).isEmpty() ? List.of()
                : header.get(2);
        return new Snapshot(revisions, LocalDateTime.parse(header.get(3).get(0)), header.get(4).get(0),
                SnapshotCodec.schema(lines.subList(1, lines.size())));
    }
}
