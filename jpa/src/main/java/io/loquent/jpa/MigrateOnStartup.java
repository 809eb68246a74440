package io.loquent.jpa;

import io.loquent.core.ConfigSources;
import io.loquent.core.ConfigurationException;
import io.loquent.core.Loquent;
import io.loquent.core.LoquentConfig;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Runs Loquent's migrations while EclipseLink deploys a persistence unit, before its {@code EntityManagerFactory}
 * serves anything: the unit names this class as its session customizer and says where the revisions are.
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer" value="io.loquent.jpa.MigrateOnStartup"/>
 * <property name="loquent.scripts_package" value="com.acme.migrations"/>   <!-- or loquent.scripts, a folder -->
 * }</pre>
 *
 * <p>The migrations run on the unit's own database: its data source when it has one, else its JDBC URL, user and
 * password. Other settings come from a {@code loquent.properties} named by {@code loquent.config}; the unit's
 * {@code loquent.scripts} or {@code loquent.scripts_package} win over the file's. {@code loquent.target} (default
 * {@code head}) is what {@code upgrade} moves to, and {@code loquent.migrate=false} turns it off (for a replica, or a
 * test that migrates by itself). A migration that fails fails the deployment, so the application never starts on a
 * schema it does not expect. An application with a customizer of its own calls {@link #migrate(Session)} from it;
 * one on another JPA provider calls {@link #migrate(Map)} with its unit's properties before it builds the factory.
 */
public final class MigrateOnStartup implements SessionCustomizer {
    /** The unit property naming the revisions' folder. */
    public static final String SCRIPTS = "loquent.scripts";
    /** The unit property naming the revisions' package, for revisions compiled into the application. */
    public static final String SCRIPTS_PACKAGE = "loquent.scripts_package";
    /** The unit property naming a {@code loquent.properties} file. */
    public static final String CONFIG = "loquent.config";
    /** The unit property naming the target of the upgrade; {@code head} when absent. */
    public static final String TARGET = "loquent.target";
    /** The unit property that turns migration on start-up off with {@code false}. */
    public static final String MIGRATE = "loquent.migrate";

    @Override
    public void customize(Session session) {
        migrate(session);
    }

    /**
     * Upgrades the database of {@code session}'s unit as its {@code loquent.*} properties say.
     *
     * @throws ConfigurationException when the unit says neither where the revisions are nor how to connect
     * @throws io.loquent.api.LoquentException when a migration fails, as {@link Loquent#upgrade} reports it
     */
    public static void migrate(Session session) {
        Map<?, ?> properties = session.getProperties();
        if ("false".equalsIgnoreCase(text(properties, MIGRATE))) {
            return;
        }
        Loquent loquent = connected(configured(properties), session.getDatasourceLogin()).load();
        loquent.upgrade(properties.containsKey(TARGET) ? text(properties, TARGET) : "head");
    }

    /**
     * For JPA code with any provider: upgrades the database that {@code unitProperties} (the map the application
     * passes to {@code Persistence.createEntityManagerFactory}) connects to, as their {@code loquent.*} entries say,
     * before the application builds its factory from the same map. The connection is the standard
     * {@code jakarta.persistence.nonJtaDataSource} (a {@code DataSource}) or {@code jakarta.persistence.jdbc.url},
     * {@code .user} and {@code .password}.
     *
     * <pre>{@code
     * Map<String, Object> unit = Map.of("jakarta.persistence.jdbc.url", url,
     *         MigrateOnStartup.SCRIPTS_PACKAGE, "com.acme.migrations");
     * MigrateOnStartup.migrate(unit);
     * EntityManagerFactory factory = Persistence.createEntityManagerFactory("app", unit);
     * }</pre>
     */
    public static void migrate(Map<String, ?> unitProperties) {
        if ("false".equalsIgnoreCase(text(unitProperties, MIGRATE))) {
            return;
        }
        LoquentConfig.Builder builder = configured(unitProperties);
        Object dataSource = unitProperties.get("jakarta.persistence.nonJtaDataSource");
        String url = text(unitProperties, "jakarta.persistence.jdbc.url");
        if (dataSource instanceof DataSource ds) {
            builder.url(null).dataSource(ds);
        } else if (url != null) {
            builder.url(url).user(text(unitProperties, "jakarta.persistence.jdbc.user"))
                    .password(text(unitProperties, "jakarta.persistence.jdbc.password"));
        } else {
            throw new ConfigurationException(NO_CONNECTION);
        }
        builder.load().upgrade(unitProperties.containsKey(TARGET) ? text(unitProperties, TARGET) : "head");
    }

    private static final String NO_CONNECTION = "the persistence unit has neither a data source nor a JDBC URL, so"
            + " Loquent cannot migrate its database on start-up: give the unit jakarta.persistence.jdbc.url (or"
            + " jakarta.persistence.nonJtaDataSource)";

    private static LoquentConfig.Builder configured(Map<?, ?> properties) {
        String file = text(properties, CONFIG);
        LoquentConfig.Builder builder = file == null ? Loquent.configure()
                : ConfigSources.resolve(Map.of(), Map.of(), Path.of(file), true);
        String folder = text(properties, SCRIPTS);
        String packageName = text(properties, SCRIPTS_PACKAGE);
        if (folder != null && packageName != null) {
            throw new ConfigurationException("the persistence unit sets both " + SCRIPTS + " and " + SCRIPTS_PACKAGE
                    + "; keep the one the revisions come from");
        }
        if (folder != null) {
            builder.scripts(Path.of(folder));
        } else if (packageName != null) {
            builder.scriptsPackage(packageName);
        } else if (file == null) {
            throw new ConfigurationException("the persistence unit runs Loquent on start-up but does not say where"
                    + " the revisions are: set the property " + SCRIPTS_PACKAGE + " (a package on the class path) or "
                    + SCRIPTS + " (a folder), or " + CONFIG + " (a loquent.properties file)");
        }
        return builder.classLoader(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : MigrateOnStartup.class.getClassLoader());
    }

    /** The unit's own database: its data source, or its URL and credentials. */
    private static LoquentConfig.Builder connected(LoquentConfig.Builder builder, Login login) {
        if (login instanceof DatasourceLogin datasource && datasource.getConnector() instanceof JNDIConnector jndi
                && jndi.getDataSource() != null) {
            DataSource dataSource = jndi.getDataSource();
            return builder.url(null).dataSource(dataSource);
        }
        if (login instanceof DatabaseLogin database && database.getConnectionString() != null) {
            return builder.url(database.getConnectionString()).user(database.getUserName())
                    .password(database.getPassword());
        }
        throw new ConfigurationException(NO_CONNECTION);
    }

    private static String text(Map<?, ?> properties, String key) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
