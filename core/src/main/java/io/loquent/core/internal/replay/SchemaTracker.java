package io.loquent.core.internal.replay;

import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows an offline script operation by operation, so each is rendered against the schema as the history has built
 * it so far. An operation that cannot apply fails the script at once, naming the revision, unless raw SQL ran
 * before it: the model may simply not know what that SQL did, so from then on the schema is no longer known and only
 * a rendering that needs it is refused, with the reason.
 */
public final class SchemaTracker {
    private static final String ADVICE = "Write this part of the script online (upgrade --dry-run), or replace the raw"
            + " SQL with operations Loquent can follow";
    private Schema schema;
    private final List<RawSql> rawSql = new ArrayList<>();
    private String lost;
    private String revision;
    private int step;

    /** @param start the replay of the history up to the script's starting point, raw SQL included */
    public SchemaTracker(Replayed start) {
        this.schema = start.schema();
        this.rawSql.addAll(start.rawSql());
    }

    /** The schema after the operations followed so far. */
    public Schema schema() {
        return schema;
    }

    /**
     * Why the schema may not be what the database holds after the script, or null when the replay followed all of
     * it: raw SQL ran somewhere in the history, which the model cannot follow.
     */
    public String unknownBecause() {
        if (lost != null) {
            return "the replay of the history stopped at " + lost;
        }
        return rawSql.isEmpty() ? null : "the history runs " + rawSql.get(rawSql.size() - 1).where()
                + ", which the replay cannot follow";
    }

    /**
     * The context to render {@code operation} in, with the schema as it stands before it; the tracker then moves on
     * to the schema after it.
     *
     * @throws ReplayException when the operation cannot apply and no raw SQL can explain why
     */
    public RenderContext next(Operation operation, String revision, boolean upgrade) {
        if (!revision.equals(this.revision)) {
            this.revision = revision;
            step = 0;
        }
        step++;
        KnownSchema before = known(schema, lost, List.copyOf(rawSql));
        if (operation instanceof ExecuteSql sql) {
            rawSql.add(new RawSql(revision, upgrade, step, sql.sql()));
        }
        if (lost == null) {
            try {
                schema = Interpreter.apply(schema, operation, revision);
            } catch (ReplayException e) {
                if (rawSql.isEmpty()) {
                    throw e;
                }
                lost = e.getMessage() + ", perhaps because of the " + rawSql.get(rawSql.size() - 1).where()
                        + " that ran before it";
            }
        }
        return RenderContext.offline(before);
    }

    private static KnownSchema known(Schema schema, String lost, List<RawSql> rawSql) {
        return KnownSchema.of(schema, name -> {
            if (lost != null) {
                return "the offline script cannot know table " + name + "'s definition: the replay of the history"
                        + " stopped at " + lost + ". " + ADVICE;
            }
            for (int i = rawSql.size() - 1; i >= 0; i--) {
                if (rawSql.get(i).mentions(name)) {
                    return "the offline script cannot know table " + name + "'s definition: "
                            + rawSql.get(i).caution(name) + ". " + ADVICE;
                }
            }
            return null;
        });
    }
}
