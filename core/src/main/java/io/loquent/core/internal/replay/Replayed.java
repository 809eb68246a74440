package io.loquent.core.internal.replay;

import io.loquent.api.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The schema a replay arrived at, and every raw SQL statement it passed over on the way, in order.
 */
public record Replayed(Schema schema, List<RawSql> rawSql) {
    public Replayed {
        if (schema == null) {
            throw new IllegalArgumentException("a replay result needs a schema");
        }
        rawSql = List.copyOf(rawSql);
    }

    /** The last raw SQL that ran, after which the model may be wrong about any table; empty if none did. */
    public Optional<RawSql> lastRawSql() {
        return rawSql.isEmpty() ? Optional.empty() : Optional.of(rawSql.get(rawSql.size() - 1));
    }
}
