package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.Revision;
import io.loquent.core.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Revisions compiled by the application's own build: the classes of one package on the class path (folders and
 * jars), or an explicit list. The checksum is that of what the revision records ({@link RecordedChecksum}), so that
 * recompiling the same source never changes it.
 */
public final class ClasspathScripts implements ScriptSource {
    private final String packageName;
    private final Collection<Class<? extends MigrationScript>> classes;
    private final ClassLoader loader;

    private ClasspathScripts(String packageName, Collection<Class<? extends MigrationScript>> classes, ClassLoader loader) {
        this.packageName = packageName;
        this.classes = classes;
        this.loader = loader;
    }

    /** Every revision class directly in {@code packageName}. */
    public static ClasspathScripts ofPackage(String packageName, ClassLoader loader) {
        return new ClasspathScripts(packageName, List.of(), loader);
    }

    /** Exactly these classes. */
    public static ClasspathScripts ofClasses(Collection<Class<? extends MigrationScript>> classes) {
        return new ClasspathScripts(null, List.copyOf(classes), null);
    }

    @Override
    public List<LoadedRevision> load() {
        List<LoadedRevision> revisions = new ArrayList<>();
        if (packageName == null) {
            classes.forEach(c -> revisions.add(read(c)));
            return revisions;
        }
        for (String name : classNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ConfigurationException("cannot load class " + name + " from package " + packageName + ": " + e, e);
            }
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            if (type.isAnnotationPresent(Revision.class) || (concrete && MigrationScript.class.isAssignableFrom(type))) {
                revisions.add(read(type));
            }
        }
        return revisions;
    }

    /** The revision of {@code type}; its checksum is recorded only when asked for (see {@link RecordedChecksum}). */
    private static LoadedRevision read(Class<?> type) {
        String name = type.getName();
        return RevisionReader.read(type, name, () -> RecordedChecksum.of(scriptType(type),
                        () -> LoadedRevision.instantiate(scriptType(type), name)),
                Map.of(Checksums.SHA256, () -> classBytesChecksum(type)));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends MigrationScript> scriptType(Class<?> type) {
        return (Class<? extends MigrationScript>) type; // RevisionReader has checked it before any checksum is asked for
    }

    /**
     * The checksum of a class-path revision before {@code ops1:}: {@code sha256:} over its class file's bytes, which
     * change with every compiler and debug flag. Kept so that a history row written with it is recognised once.
     */
    private static String classBytesChecksum(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader owner = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return Checksums.sha256(in == null ? type.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the class file " + resource + " of revision class "
                    + type.getName() + ": " + IoReason.of(e) + ". Check the application's class path", e);
        }
    }

    /** Top-level class names directly in the package, sorted. */
    private TreeSet<String> classNames() {
        PackageClasses found;
        try {
            found = PackageClasses.of(packageName, loader, false);
        } catch (IOException e) {
            throw new ConfigurationException("cannot list package '" + packageName + "' on the class path: "
                    + IoReason.of(e) + ". Check the application's class path and its jars", e);
        }
        if (found.places().isEmpty()) {
            throw new ConfigurationException("package '" + packageName + "' is not on the class path;"
                    + " check the scripts package name and the application's dependencies");
        }
        TreeSet<String> names = new TreeSet<>();
        found.classNames().stream().filter(n -> n.indexOf('$') < 0).forEach(names::add);
        return names;
    }
}
