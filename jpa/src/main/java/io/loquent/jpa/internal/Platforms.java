package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import io.loquent.jpa.SqlitePlatform;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetDatabase;
import org.eclipse.persistence.platform.database.MariaDBPlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * The EclipseLink platform a model is read with: the one the application gets on that database. Several mappings
 * depend on it: {@code SEQUENCE} generation becomes an identity column where the platform has no sequence objects
 * (MySQL, SQLite), {@code IDENTITY} becomes a sequence table where it has no identity (EclipseLink's generic platform).
 *
 * <p>What EclipseLink detects from a live connection: {@code PostgreSQL} (PostgreSQLPlatform, or PostgreSQL10Platform
 * when the version string happens to contain 10 to 14; both map keys and sequences alike), {@code MySQL}
 * (MySQLPlatform) and {@code MariaDB}, which MariaDB Connector/J 3 reports for a MariaDB server (MariaDBPlatform,
 * which, unlike MySQL's, has sequence objects). SQLite it does not know: it falls back to its generic platform, whose
 * JDBC outer-join escapes SQLite rejects, so an application on SQLite configures {@link SqlitePlatform}.
 */
public final class Platforms {
    private Platforms() {
    }

    /**
     * The platform class (or EclipseLink target-database name) for {@code database}, or the one the persistence unit
     * configures itself, which the application uses wherever it runs.
     */
    public static String forDatabase(String database, Map<?, ?> unitProperties) {
        Object configured = unitProperties.get(PersistenceUnitProperties.TARGET_DATABASE);
        if (configured instanceof String name && !name.isBlank() && !name.equalsIgnoreCase(TargetDatabase.Auto)) {
            return name.trim();
        }
        return switch (database.toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> PostgreSQLPlatform.class.getName();
            case "mysql" -> MySQLPlatform.class.getName();
            case "mariadb" -> MariaDBPlatform.class.getName();
            case "sqlite" -> SqlitePlatform.class.getName();
            default -> throw new ModelException("database '" + database + "' has no EclipseLink platform in Loquent's"
                    + " JPA model source: use postgresql, mysql, mariadb or sqlite, or set eclipselink.target-database"
                    + " in the persistence unit.");
        };
    }
}
