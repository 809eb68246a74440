package io.loquent.core.internal.dsl;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * What {@link OperationRecorder} does with a script's reads and writes of rows ({@code op.query}, {@code op.update},
 * {@code op.connection()}): run them in the revision's transaction online, write or refuse them offline, or, where
 * a script is only recorded (checksums, the replay), note them without a database.
 */
public interface DataAccess {
    /** The rows {@code sql} reads with {@code params} bound, each an ordered map of column label to value. */
    List<Map<String, Object>> query(String sql, List<Object> params);

    /** Runs {@code sql} with {@code params} bound; the number of rows it changed. */
    int update(String sql, List<Object> params);

    /** The revision's connection. */
    Connection connection();

    /**
     * Data access while a script is only recorded, not run: queries read no row and updates change none, after
     * {@code noted} has seen each of them (as {@code "query"} or {@code "update"}); the connection is refused with
     * {@code why}, which says what cannot run without a database.
     */
    static DataAccess recordingOnly(Noted noted, String why) {
        return new DataAccess() {
            @Override
            public List<Map<String, Object>> query(String sql, List<Object> params) {
                noted.note("query", sql, params);
                return List.of();
            }

            @Override
            public int update(String sql, List<Object> params) {
                noted.note("update", sql, params);
                return 0;
            }

            @Override
            public Connection connection() {
                throw new IllegalStateException("op.connection() has no database " + why);
            }
        };
    }

    /** Sees a read or write of a script that is only recorded. */
    @FunctionalInterface
    interface Noted {
        void note(String kind, String sql, List<Object> params);
    }
}
