package io.loquent.api.dialect;

import java.sql.Connection;
import java.util.Optional;

/**
 * What a dialect may consult while rendering. Online, the live connection lets it read the catalogue (the current
 * definition of a column to restate, a constraint's kind); offline there is none and the operation must carry what
 * the dialect needs.
 */
public interface RenderContext {
    /** The connection the statements will run on; empty when rendering offline SQL. */
    Optional<Connection> connection();

    /** A context without a connection, for offline rendering and tests. */
    static RenderContext offline() {
        return Optional::empty;
    }

    /** A context over a live connection. */
    static RenderContext online(Connection connection) {
        Optional<Connection> c = Optional.of(connection);
        return () -> c;
    }
}
