package io.loquent.core.internal.run;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Connects through the driver the dialect names ({@link io.loquent.api.dialect.Dialect#driverClass}) when it is there
 * and takes the URL, else through {@link DriverManager}, and failing that through a JDBC driver of the configured
 * class loader. DriverManager starts every driver on the class path before it asks one, and only hands out drivers
 * its caller's class loader can see, so a driver in a plugin jar (the command line's {@code plugins/} folder,
 * {@code LOQUENT_CLASSPATH}) is asked directly.
 */
public final class Drivers {
    /** What DriverManager says when no driver it may use accepts the URL. */
    private static final String NO_SUITABLE_DRIVER = "08001";

    private Drivers() {
    }

    /**
     * A connection to {@code url}; user and password may be null.
     *
     * @param driverClass the driver to try first, or null
     */
    public static Connection connect(String url, String user, String password, ClassLoader loader, String driverClass)
            throws SQLException {
        Driver named = named(driverClass, url, loader);
        if (named != null) {
            Connection connection = named.connect(url, properties(user, password));
            if (connection != null) {
                return connection;
            }
        }
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            if (!NO_SUITABLE_DRIVER.equals(e.getSQLState()) || loader == null) {
                throw e;
            }
            Driver driver = accepting(url, loader);
            if (driver == null) {
                throw e;
            }
            Connection connection = driver.connect(url, properties(user, password));
            if (connection == null) {
                throw e;
            }
            return connection;
        }
    }

    private static Properties properties(String user, String password) {
        Properties info = new Properties();
        if (user != null) {
            info.setProperty("user", user);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        return info;
    }

    /** The driver of that class, if it can be loaded and accepts the URL; a driver that fails to start is skipped. */
    private static Driver named(String driverClass, String url, ClassLoader loader) {
        if (driverClass == null) {
            return null;
        }
        try {
            Class<?> type = Class.forName(driverClass, true, loader == null ? Drivers.class.getClassLoader() : loader);
            Driver driver = type.asSubclass(Driver.class).getDeclaredConstructor().newInstance();
            return driver.acceptsURL(url) ? driver : null;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException | SQLException e) {
            return null; // not there, or not usable: DriverManager's choice, as without a name
        }
    }

    private static Driver accepting(String url, ClassLoader loader) throws SQLException {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            try {
                if (!drivers.hasNext()) {
                    return null;
                }
                Driver driver = drivers.next();
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (ServiceConfigurationError | LinkageError skipped) {
                // a broken driver jar is not the one this URL needs; DriverManager skips such drivers too
            }
        }
    }
}
