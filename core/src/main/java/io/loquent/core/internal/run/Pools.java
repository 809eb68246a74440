package io.loquent.core.internal.run;

import java.lang.reflect.Method;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * The largest number of connections a pooled {@link DataSource} will hand out, where the pool says so through the
 * getter the common pools share a name for (HikariCP's and c3p0's {@code getMaximumPoolSize}/{@code getMaxPoolSize},
 * Commons DBCP's {@code getMaxTotal}, Tomcat JDBC's {@code getMaxActive}). A run needs two connections at once (one
 * holds the migration lock), and a pool of one would otherwise keep the second request waiting until its timeout.
 */
public final class Pools {
    private static final String[] GETTERS = {"getMaximumPoolSize", "getMaxPoolSize", "getMaxTotal", "getMaxActive"};

    private Pools() {
    }

    /** The pool's maximum size; empty when {@code dataSource} is not a pool this recognises, or gives no bound. */
    public static OptionalInt maximumSize(DataSource dataSource) {
        for (String name : GETTERS) {
            try {
                Method getter = dataSource.getClass().getMethod(name);
                Object size = getter.invoke(dataSource);
                if (size instanceof Integer n && n > 0) {
                    return OptionalInt.of(n);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not this pool's getter
            }
        }
        return OptionalInt.empty();
    }
}
