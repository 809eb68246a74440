package io.loquent.core.internal.script;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
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
 * The class files of a package, wherever a class loader finds them: folders and jars that list the package's folder,
 * jars that do not (a jar need not have folder entries: many build tools leave them out), found among the jars of the
 * URL class loaders of the loader's chain and of the application class path, and named modules of the boot layer
 * that contain the package (an application on the module path).
 *
 * @param classNames the binary names of the classes found, sorted ({@code package-info} and {@code module-info} left
 *                   out)
 * @param places     where the package was found (folders, jars, modules), for messages; empty when nowhere
 */
public record PackageClasses(List<String> classNames, List<String> places) {
    public PackageClasses {
        classNames = List.copyOf(classNames);
        places = List.copyOf(places);
    }

    /**
     * The classes of {@code packageName}, with its sub-packages when {@code subpackages}.
     *
     * @throws IOException when a folder or jar that holds the package cannot be read
     */
    public static PackageClasses of(String packageName, ClassLoader loader, boolean subpackages) throws IOException {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        List<String> places = new ArrayList<>();
        Set<String> jarsSeen = new LinkedHashSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(path))) {
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jarsSeen.add(Path.of(jar.getName()).toAbsolutePath().normalize().toString());
                        names.addAll(jarClasses(jar, path, subpackages));
                    }
                    places.add(root.toString());
                } else if ("file".equals(root.getProtocol())) {
                    names.addAll(folderClasses(Path.of(root.toURI()), path, subpackages));
                    places.add(root.toString());
                }
            }
            for (Path jar : classPathJars(loader)) {
                if (jarsSeen.add(jar.toAbsolutePath().normalize().toString())) {
                    try (JarFile file = new JarFile(jar.toFile())) {
                        addFound(names, places, jar.toString(), jarClasses(file, path, subpackages));
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        moduleClasses(packageName, path, subpackages, names, places);
        return new PackageClasses(new ArrayList<>(names), places);
    }

    private static void addFound(TreeSet<String> names, List<String> places, String place, List<String> found) {
        if (!found.isEmpty()) {
            names.addAll(found);
            places.add(place);
        }
    }

    /** The jar files of the URL class loaders from {@code loader} up its chain, and of the application class path. */
    private static Set<Path> classPathJars(ClassLoader loader) {
        Set<Path> jars = new LinkedHashSet<>();
        boolean system = false;
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            system |= current == ClassLoader.getSystemClassLoader();
            if (current instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol()) && url.getPath().endsWith(".jar")) {
                        try {
                            jars.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a plain file: the loader itself still finds what it can
                        }
                    }
                }
            }
        }
        if (system) {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                    jars.add(Path.of(entry));
                }
            }
        }
        return jars;
    }

    /** Named modules of the boot layer that hold the package: an application on the module path. */
    private static void moduleClasses(String packageName, String path, boolean subpackages, TreeSet<String> names,
                                      List<String> places) throws IOException {
        for (ResolvedModule module : ModuleLayer.boot().configuration().modules()) {
            boolean holds = module.reference().descriptor().packages().stream()
                    .anyMatch(p -> p.equals(packageName) || (subpackages && p.startsWith(packageName + ".")));
            if (!holds || module.reference().location().map(l -> "jrt".equals(l.getScheme())).orElse(true)) {
                continue;
            }
            try (ModuleReader reader = module.reference().open(); Stream<String> entries = reader.list()) {
                addFound(names, places, "module " + module.name(), entries.filter(n -> inPackage(n, path, subpackages))
                        .map(PackageClasses::className).toList());
            }
        }
    }

    private static List<String> jarClasses(JarFile jar, String path, boolean subpackages) {
        return jar.stream().map(JarEntry::getName).filter(n -> inPackage(n, path, subpackages))
                .map(PackageClasses::className).toList();
    }

    private static List<String> folderClasses(Path folder, String path, boolean subpackages) throws IOException {
        try (Stream<Path> files = subpackages ? Files.walk(folder) : Files.list(folder)) {
            return files.map(f -> path + "/" + folder.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(n -> inPackage(n, path, subpackages)).map(PackageClasses::className).toList();
        }
    }

    /** Whether the resource {@code name} is a class file of the package (or, with sub-packages, below it). */
    private static boolean inPackage(String name, String path, boolean subpackages) {
        if (!name.startsWith(path + "/") || !name.endsWith(".class")) {
            return false;
        }
        String rest = name.substring(path.length() + 1);
        String file = rest.substring(rest.lastIndexOf('/') + 1);
        return (subpackages || rest.indexOf('/') < 0) && !file.equals("package-info.class")
                && !file.equals("module-info.class");
    }

    private static String className(String resource) {
        return resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    }
}
