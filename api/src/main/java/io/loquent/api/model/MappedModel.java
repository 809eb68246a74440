package io.loquent.api.model;

import io.loquent.api.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model maps: its schema, and the rows some of its tables need before the application can run (the row
 * of each JPA table generator in its table), which a revision that creates such a table inserts.
 *
 * @param schema    the tables and sequences
 * @param seedRows  for a table name, the rows (column to value) it starts with
 */
public record MappedModel(Schema schema, Map<String, List<Map<String, Object>>> seedRows) {
    public MappedModel {
        Objects.requireNonNull(schema, "schema");
        seedRows = Map.copyOf(seedRows);
    }

    /** A model of this schema without seed rows. */
    public static MappedModel of(Schema schema) {
        return new MappedModel(schema, Map.of());
    }
}
