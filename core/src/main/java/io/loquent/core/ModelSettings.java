package io.loquent.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Where autogenerate and {@code check} find the application's entity model, and what they compare. The entities come
 * from exactly one of: classes given by a program, packages to scan, or a persistence unit; all through the class
 * path of the configuration (plus {@code classPath}, folders and jars of compiled entities).
 *
 * @param classPath       extra folders and jars holding the entity classes, possibly empty
 * @param classes         entity classes given by a program, possibly empty
 * @param packages        packages to scan for entities, possibly empty
 * @param persistenceUnit a persistence unit of {@code META-INF/persistence.xml}, or null
 * @param include         glob patterns of the tables to compare (all when empty)
 * @param exclude         glob patterns of tables never compared, created or dropped
 * @param renames         whether a lost and a gained column (or table) of one type count as a rename
 */
public record ModelSettings(List<Path> classPath, List<Class<?>> classes, List<String> packages,
                            String persistenceUnit, List<String> include, List<String> exclude, boolean renames) {
    /** No model: autogenerate refuses, {@code check} compares only checksums. */
    public static final ModelSettings NONE = new ModelSettings(List.of(), List.of(), List.of(), null, List.of(),
            List.of(), true);

    public ModelSettings {
        classPath = List.copyOf(classPath);
        classes = List.copyOf(classes);
        packages = List.copyOf(packages);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        int given = (classes.isEmpty() ? 0 : 1) + (packages.isEmpty() ? 0 : 1) + (persistenceUnit == null ? 0 : 1);
        if (given > 1) {
            throw new ConfigurationException("the entity model is configured twice; give one of model classes,"
                    + " models_package or persistence_unit");
        }
    }

    /** Whether an entity model is configured. */
    public boolean configured() {
        return !classes.isEmpty() || !packages.isEmpty() || persistenceUnit != null;
    }
}
