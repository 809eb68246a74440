package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.jpa.deployment.PersistenceUnitProcessor;
import org.eclipse.persistence.internal.jpa.deployment.SEPersistenceUnitInfo;

/**
 * The persistence units of every {@code META-INF/persistence.xml} a class loader sees, each read by EclipseLink with
 * its root (the folder or jar that holds the file), its classes, mapping files and properties.
 */
final class PersistenceUnits {
    private static final String DESCRIPTOR = PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML_DEFAULT;

    private PersistenceUnits() {
    }

    /** The unit called {@code name}; fails naming the units that were found. */
    static SEPersistenceUnitInfo find(String name, ClassLoader loader) {
        Set<SEPersistenceUnitInfo> units;
        try {
            units = PersistenceUnitProcessor.getPersistenceUnits(loader, Map.of(), roots(loader));
        } catch (RuntimeException e) {
            throw new ModelException("persistence unit '" + name + "' cannot be read: a " + DESCRIPTOR + " on the"
                    + " class path is invalid: " + MappingErrors.description(e) + ". Fix that file.", e);
        }
        for (SEPersistenceUnitInfo unit : units) {
            if (name.equals(unit.getPersistenceUnitName())) {
                return unit;
            }
        }
        List<String> found = units.stream().map(u -> "'" + u.getPersistenceUnitName() + "'").sorted().toList();
        throw new ModelException("persistence unit '" + name + "' is not in any " + DESCRIPTOR + " on the class"
                + " path: " + (found.isEmpty() ? "no unit was found" : "found " + String.join(", ", found))
                + ". Name one of the units found, or put the application's persistence.xml on the class path.");
    }

    private static List<URL> roots(ClassLoader loader) {
        List<URL> roots = new ArrayList<>();
        try {
            for (URL descriptor : Collections.list(loader.getResources(DESCRIPTOR))) {
                roots.add(PersistenceUnitProcessor.computePURootURL(descriptor, DESCRIPTOR));
            }
        } catch (IOException | URISyntaxException e) {
            throw new ModelException("the persistence units on the class path cannot be listed: " + e.getMessage()
                    + ". Check the class path.", e);
        }
        return roots;
    }
}
