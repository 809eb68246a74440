package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import io.loquent.core.internal.script.PackageClasses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The model classes of a package and its sub-packages: every {@code .class} file under the package's path, in each
 * folder and jar of the class loader, loaded (not initialised) by that loader and kept when it is an entity, an
 * embeddable, a mapped superclass or an attribute converter. Where the classes are found is {@link PackageClasses}'s:
 * jars without folder entries and the module path included.
 */
final class PackageScan {
    private PackageScan() {
    }

    /** The model classes' names under {@code packageName}, sorted; fails when there is no entity among them. */
    static List<String> modelClasses(String packageName, ClassLoader loader) {
        PackageClasses found;
        try {
            found = PackageClasses.of(packageName, loader, true);
        } catch (IOException e) {
            throw new ModelException("package '" + packageName + "' cannot be read from the class path: "
                    + e.getMessage() + ". Check its folders and jars.", e);
        }
        List<String> model = new ArrayList<>();
        boolean entity = false;
        for (String name : found.classNames()) {
            Class<?> type = load(name, packageName, loader);
            if (ModelClasses.isModel(type)) {
                model.add(name);
                entity |= ModelClasses.isEntity(type);
            }
        }
        if (!entity) {
            throw new ModelException("package '" + packageName + "' holds no @Entity class: searched "
                    + (found.places().isEmpty() ? "the class path, where no folder or jar has it" : found.places()
                    + " (" + found.classNames().size() + " classes)") + ". Name the package of the entity classes,"
                    + " or put their classes on the class path.");
        }
        return model;
    }

    private static Class<?> load(String name, String packageName, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelException("class '" + name + "' of package '" + packageName + "' cannot be loaded: " + e
                    + ". Put its dependencies on the class path.", e);
        }
    }
}
