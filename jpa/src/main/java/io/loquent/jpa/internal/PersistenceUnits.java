package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.internal.jpa.deployment.PersistenceUnitProcessor;
import org.eclipse.persistence.internal.jpa.deployment.SEPersistenceUnitInfo;

/** The persistence units of every {@code META-INF/persistence.xml} a class loader sees, read by EclipseLink. */
final class PersistenceUnits {
    private PersistenceUnits() {
    }

    /** The unit called {@code name}; fails naming the units that were found. */
    static SEPersistenceUnitInfo find(String name, ClassLoader loader) {
        Set<SEPersistenceUnitInfo> units;
        try {
            units = PersistenceUnitProcessor.getPersistenceUnits(loader, Map.of(), List.of());
        } catch (RuntimeException e) {
            throw new ModelException("persistence unit '" + name + "' cannot be read: a META-INF/persistence.xml on"
                    + " the class path is invalid: " + MappingErrors.description(e) + ". Fix that file.", e);
        }
        for (SEPersistenceUnitInfo unit : units) {
            if (name.equals(unit.getPersistenceUnitName())) {
                return unit;
            }
        }
        List<String> found = units.stream().map(u -> "'" + u.getPersistenceUnitName() + "'").sorted().toList();
        throw new ModelException("persistence unit '" + name + "' is not in any META-INF/persistence.xml on the class"
                + " path: " + (found.isEmpty() ? "no unit was found" : "found " + String.join(", ", found))
                + ". Name one of the units found, or put the application's persistence.xml on the class path.");
    }
}
