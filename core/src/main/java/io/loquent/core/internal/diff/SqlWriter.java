package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Schema;
import io.loquent.core.internal.replay.Replayed;
import io.loquent.core.internal.replay.SchemaTracker;
import java.util.List;

/**
 * Writes changes as the dialect's DDL, the SQL counterpart of {@link DslWriter#statements}: each change's summary as
 * a {@code --} comment, then the statements the dialect renders for its upgrade operations, each ending with
 * {@code ;}, so that the text runs when piped into the database's own shell. Nothing connects: each operation is
 * rendered against the schema the changes have built before it, as an offline script is.
 */
public final class SqlWriter {
    private final Dialect dialect;

    public SqlWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The upgrade statements of {@code changes}, which start from an empty schema. */
    public String statements(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        SchemaTracker tracker = new SchemaTracker(new Replayed(Schema.EMPTY, List.of()));
        for (Change change : changes) {
            if (change.upgrade().isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            comment(out, "", change.summary());
            comment(out, "NOTE: ", change.note());
            for (Operation operation : change.upgrade()) {
                for (String sql : dialect.render(operation, tracker.next(operation, "schema", true))) {
                    out.append(sql).append(";\n");
                }
            }
        }
        return out.toString();
    }

    private static void comment(StringBuilder out, String prefix, String text) {
        if (text != null && !text.isBlank()) {
            List<String> lines = CommentText.lines(text);
            out.append(("-- " + prefix + lines.get(0)).stripTrailing()).append('\n');
            lines.subList(1, lines.size()).forEach(line -> out.append(("-- " + line).stripTrailing()).append('\n'));
        }
    }
}
