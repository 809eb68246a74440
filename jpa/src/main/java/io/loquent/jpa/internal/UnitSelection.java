package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import io.loquent.api.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.eclipse.persistence.internal.jpa.deployment.SEPersistenceUnitInfo;

/**
 * The persistence unit EclipseLink deploys for a request: one of the given classes, one of the model classes found in
 * the given packages, or the named unit of a {@code META-INF/persistence.xml}, as the application declares it
 * (with its mapping files and properties).
 */
public final class UnitSelection {
    /** The name of a unit Loquent makes from classes or packages. */
    static final String MODEL_UNIT = "loquent-model";

    private UnitSelection() {
    }

    /** The unit that {@code request} names, its class loader set to the request's. */
    public static SEPersistenceUnitInfo select(ModelRequest request) {
        if (request.persistenceUnit() != null) {
            SEPersistenceUnitInfo unit = PersistenceUnits.find(request.persistenceUnit(), request.classLoader());
            unit.setClassLoader(request.classLoader());
            unit.setNewTempClassLoader(request.classLoader());
            return unit;
        }
        List<String> names = request.classes().isEmpty()
                ? scanned(request.packages(), request.classLoader())
                : given(request.classes());
        return ofClasses(names, request.classLoader());
    }

    /** A unit of exactly these classes, mapped by their annotations only. */
    public static SEPersistenceUnitInfo ofClasses(List<String> classNames, ClassLoader loader) {
        SEPersistenceUnitInfo unit = new SEPersistenceUnitInfo();
        unit.setPersistenceUnitName(MODEL_UNIT);
        unit.setManagedClassNames(new ArrayList<>(classNames));
        unit.setExcludeUnlistedClasses(true);
        unit.setPersistenceUnitRootUrl(NoEntries.root(MODEL_UNIT));
        unit.setProperties(new Properties());
        unit.setClassLoader(loader);
        unit.setNewTempClassLoader(loader);
        return unit;
    }

    private static List<String> given(List<Class<?>> classes) {
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> type : classes) {
            if (!ModelClasses.isModel(type)) {
                throw new ModelException("class '" + type.getName() + "' is not an entity: it is not annotated"
                        + " @Entity, @Embeddable, @MappedSuperclass or @Converter. Give only the model's classes, or"
                        + " scan their package.");
            }
            names.add(type.getName());
        }
        return List.copyOf(names);
    }

    private static List<String> scanned(List<String> packages, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        for (String packageName : packages) {
            names.addAll(PackageScan.modelClasses(packageName, loader));
        }
        return List.copyOf(names);
    }
}
