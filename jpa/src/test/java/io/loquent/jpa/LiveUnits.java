package io.loquent.jpa;

import io.loquent.jpa.internal.Platforms;
import io.loquent.jpa.internal.UnitSelection;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A persistence unit live on a database: a real EclipseLink {@link EntityManagerFactory} for model classes on a JDBC
 * URL, with the platform the model source reads that database's model with, and no schema generation: the tables
 * must already be there (created by plain SQL, or by Loquent's migrations). For smoke tests that persist and query
 * entities against a migrated database. The URL carries the credentials ({@code ?user=...}); the driver is found by
 * {@code DriverManager}. Pass {@code mariadb} for a MariaDB server, as the application's EclipseLink would detect it.
 */
public final class LiveUnits {
    private static final AtomicLong SESSIONS = new AtomicLong();

    private LiveUnits() {
    }

    /** A factory for {@code classes} on {@code jdbcUrl}, a {@code database} of the model source's names. */
    public static EntityManagerFactory open(String jdbcUrl, String database, List<Class<?>> classes) {
        return open(jdbcUrl, database, classes, Map.of());
    }

    /** As {@link #open(String, String, List)}, with further EclipseLink properties (a log level, say). */
    public static EntityManagerFactory open(String jdbcUrl, String database, List<Class<?>> classes,
                                            Map<String, String> extra) {
        return openWith(jdbcUrl, database, classes, extra);
    }

    /** As {@link #open(String, String, List, Map)}, with properties that are objects (a data source, say). */
    public static EntityManagerFactory openWith(String jdbcUrl, String database, List<Class<?>> classes,
                                                Map<String, ?> extra) {
        List<String> names = classes.stream().map(Class::getName).sorted().toList();
        ClassLoader loader = classes.isEmpty() ? LiveUnits.class.getClassLoader() : classes.get(0).getClassLoader();
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.JDBC_URL, jdbcUrl);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, Platforms.forDatabase(database, Map.of()));
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.SESSION_NAME, "loquent-smoke-" + SESSIONS.incrementAndGet());
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, io.loquent.jpa.internal.StderrLog.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.VALIDATION_MODE, "NONE");
        properties.putAll(extra);
        return new PersistenceProvider().createContainerEntityManagerFactory(UnitSelection.ofClasses(names, loader),
                properties);
    }
}
