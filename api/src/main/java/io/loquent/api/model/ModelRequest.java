package io.loquent.api.model;

import io.loquent.api.DefinitionException;
import java.util.List;
import java.util.Objects;

/**
 * What to read a model from: entity classes given by the caller, packages to scan for them, or a persistence unit of
 * a {@code META-INF/persistence.xml}, all through {@code classLoader}. Exactly one of the three is set.
 *
 * @param classLoader     the loader that sees the entity classes (and the persistence unit's file)
 * @param classes         entity classes given directly, or empty
 * @param packages        packages whose classes (and sub-packages') are scanned for entities, or empty
 * @param persistenceUnit the name of a persistence unit, or null
 * @param naming          the names of keys and indexes that the model leaves unnamed
 * @param database        the database the application's JPA provider will see: the dialect's name
 *                        ({@code postgresql}, {@code mysql}, {@code sqlite}), or {@code mariadb} where the dialect
 *                        serves MariaDB through its own driver; a JPA provider maps some things per database (a
 *                        sequence generator becomes an identity column where the database has no sequences)
 */
public record ModelRequest(ClassLoader classLoader, List<Class<?>> classes, List<String> packages,
                           String persistenceUnit, ModelNaming naming, String database) {
    public ModelRequest {
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(naming, "naming");
        classes = List.copyOf(classes);
        packages = List.copyOf(packages);
        int given = (classes.isEmpty() ? 0 : 1) + (packages.isEmpty() ? 0 : 1) + (persistenceUnit == null ? 0 : 1);
        if (given != 1) {
            throw new DefinitionException("a model is read from entity classes, packages or a persistence unit:"
                    + " give exactly one of them");
        }
    }
}
