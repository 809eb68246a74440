package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The model classes of a package and its sub-packages: every {@code .class} file under the package's path, in each
 * folder and jar of the class loader, loaded (not initialised) by that loader and kept when it is an entity, an
 * embeddable, a mapped superclass or an attribute converter. A jar is found through the package's folder entry, or, since a jar need not have
 * folder entries, among the jars of the URL class loaders of the loader's chain.
 */
final class PackageScan {
    private PackageScan() {
    }

    /** The model classes' names under {@code packageName}, sorted; fails when there is no entity among them. */
    static List<String> modelClasses(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        List<URL> roots = roots(path, loader);
        TreeSet<String> candidates = new TreeSet<>();
        for (URL root : roots) {
            candidates.addAll(classNames(root, path));
        }
        for (URL jar : jarsOf(loader)) {
            List<String> found = jarClasses(jar, path);
            if (!found.isEmpty() && candidates.addAll(found)) {
                roots.add(jar);
            }
        }
        List<String> model = new ArrayList<>();
        boolean entity = false;
        for (String name : candidates) {
            Class<?> type = load(name, packageName, loader);
            if (ModelClasses.isModel(type)) {
                model.add(name);
                entity |= ModelClasses.isEntity(type);
            }
        }
        if (!entity) {
            throw new ModelException("package '" + packageName + "' holds no @Entity class: searched "
                    + (roots.isEmpty() ? "the class path, where no folder or jar has it" : roots + " (" + candidates.size()
                    + " classes)") + ". Name the package of the entity classes, or put their classes on the class path.");
        }
        return model;
    }

    private static List<URL> roots(String path, ClassLoader loader) {
        try {
            return new ArrayList<>(Collections.list(loader.getResources(path)));
        } catch (IOException e) {
            throw new ModelException("package '" + path.replace('/', '.') + "' cannot be searched on the class path: "
                    + e.getMessage() + ". Check the class path.", e);
        }
    }

    private static List<String> classNames(URL root, String path) {
        try {
            if ("file".equals(root.getProtocol())) {
                return folderClasses(Path.of(root.toURI()), path);
            }
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jarClasses(jar, path);
                }
            }
            return List.of();
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            throw new ModelException("package '" + path.replace('/', '.') + "' cannot be read from " + root + ": "
                    + e.getMessage() + ". Check that folder or jar.", e);
        }
    }

    /** The jar files of the URL class loaders from {@code loader} up its chain of parents. */
    private static Set<URL> jarsOf(ClassLoader loader) {
        Set<URL> jars = new LinkedHashSet<>();
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                        jars.add(url);
                    }
                }
            }
        }
        return jars;
    }

    private static List<String> jarClasses(URL jar, String path) {
        try (JarFile file = new JarFile(Path.of(jar.toURI()).toFile())) {
            return jarClasses(file, path);
        } catch (IOException | URISyntaxException e) {
            throw new ModelException("package '" + path.replace('/', '.') + "' cannot be read from " + jar + ": "
                    + e.getMessage() + ". Check that jar.", e);
        }
    }

    private static List<String> folderClasses(Path folder, String path) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> isClassFile(f.getFileName().toString()))
                    .map(f -> path + "/" + folder.relativize(f).toString().replace(File.separatorChar, '/'))
                    .map(PackageScan::className).toList();
        }
    }

    private static List<String> jarClasses(JarFile jar, String path) {
        return jar.stream().map(JarEntry::getName)
                .filter(n -> n.startsWith(path + "/") && isClassFile(n.substring(n.lastIndexOf('/') + 1)))
                .map(PackageScan::className).toList();
    }

    private static boolean isClassFile(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
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
