package io.loquent.api.dialect;

import java.sql.Connection;
import java.util.Optional;

/**
 * What a dialect may consult while rendering. Online, the live connection lets it read the catalogue (the current
 * definition of a column to restate, a constraint's kind); offline there is none, and the schema replayed from the
 * revision history stands in for it.
 */
public interface RenderContext {
    /** The connection the statements will run on; empty when rendering offline SQL. */
    Optional<Connection> connection();

    /**
     * The schema before the operation, replayed from the history: present in offline scripts, empty online (the
     * catalogue is the truth there) and where an operation is rendered on its own.
     */
    default Optional<KnownSchema> schema() {
        return Optional.empty();
    }

    /** A context without a connection or a known schema, for rendering an operation on its own and tests. */
    static RenderContext offline() {
        return Optional::empty;
    }

    /** A context without a connection, where {@code schema} is what the history has built so far. */
    static RenderContext offline(KnownSchema schema) {
        Optional<KnownSchema> known = Optional.of(schema);
        return new RenderContext() {
            @Override
            public Optional<Connection> connection() {
                return Optional.empty();
            }

            @Override
            public Optional<KnownSchema> schema() {
                return known;
            }
        };
    }

    /** A context over a live connection. */
    static RenderContext online(Connection connection) {
        Optional<Connection> c = Optional.of(connection);
        return () -> c;
    }
}
