package io.loquent.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.jpa.deployment.SEPersistenceUnitInfo;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.Project;

/**
 * EclipseLink's descriptors of a persistence unit, built without a database. The unit is deployed with
 * {@code eclipselink.validation-only}: EclipseLink processes the metadata, sets the target platform, connects its
 * sequencing (which decides identity against sequence objects against tables for that platform) and initialises every
 * descriptor, but never logs in, so no JDBC URL is needed and none in the unit is used. No DDL is generated or run.
 * Each deployment has its own session name, so that reads in parallel or of different units never share one.
 */
public final class ModelDeployment implements AutoCloseable {
    private static final AtomicLong SESSIONS = new AtomicLong();

    private final EntityManagerFactory factory;
    private final Project project;

    private ModelDeployment(EntityManagerFactory factory) {
        this.factory = factory;
        this.project = JpaHelper.getDatabaseSession(factory).getProject();
    }

    /** Deploys {@code unit} for {@code platform} (a platform class or EclipseLink target-database name). */
    public static ModelDeployment open(SEPersistenceUnitInfo unit, String platform) {
        // A unit's own log file would receive the log instead of standard error.
        unit.getProperties().remove(PersistenceUnitProperties.LOGGING_FILE);
        try {
            return new ModelDeployment(new PersistenceProvider().createContainerEntityManagerFactory(unit,
                    properties(platform)));
        } catch (RuntimeException e) {
            throw MappingErrors.rejected(e);
        }
    }

    /** The project: its descriptors and its login, which holds the platform and the sequences. */
    public Project project() {
        return project;
    }

    static Map<String, Object> properties(String platform) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.VALIDATION_ONLY_PROPERTY, "true");
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform);
        properties.put(PersistenceUnitProperties.SESSION_NAME, "loquent-model-" + SESSIONS.incrementAndGet());
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, StderrLog.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_SCRIPTS_ACTION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.VALIDATION_MODE, "NONE");
        return properties;
    }

    @Override
    public void close() {
        factory.close();
    }
}
