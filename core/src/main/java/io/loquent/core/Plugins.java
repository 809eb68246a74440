package io.loquent.core;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Third-party dialects and JDBC drivers for the command line, which runs as {@code java -jar loquent.jar} and so
 * ignores {@code -cp}: the jars in a {@value #FOLDER} folder beside the configuration file, then the entries of
 * {@value #VARIABLE} (the platform's path separator between them; each a jar, a folder of classes, or
 * {@code folder/*} for the jars in a folder, relative to the working directory). They are loaded by a class loader
 * whose parent is Loquent's own, so the bundled dialects and drivers stay as they are and a plugin adds to them.
 */
public final class Plugins {
    /** The environment variable of extra class path entries. */
    public static final String VARIABLE = "LOQUENT_CLASSPATH";
    /** The folder, beside the configuration file, whose jars are loaded. */
    public static final String FOLDER = "plugins";

    /** One loader per class path, so that a broken provider is warned about once however often it is looked up. */
    private static final Map<List<Path>, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private Plugins() {
    }

    /**
     * The plugin jars and folders for {@code configFile} (which need not exist) and {@code env}, in order: the
     * folder's jars by name, then the variable's entries.
     *
     * @throws ConfigurationException naming an entry of the variable that does not exist
     */
    public static List<Path> classPath(Path configFile, Map<String, String> env) {
        List<Path> entries = new ArrayList<>(jars(configFile.toAbsolutePath().getParent().resolve(FOLDER)));
        String variable = env.get(VARIABLE);
        if (variable != null) {
            for (String entry : variable.split(File.pathSeparator)) {
                if (entry.isBlank()) {
                    continue;
                }
                boolean wildcard = entry.endsWith("/*") || entry.endsWith(File.separator + "*");
                Path path = Path.of(wildcard ? entry.substring(0, entry.length() - 2) : entry).toAbsolutePath()
                        .normalize();
                if (!Files.exists(path) || wildcard && !Files.isDirectory(path)) {
                    throw new ConfigurationException(VARIABLE + " entry '" + entry + "' does not exist" + (wildcard
                            ? " as a folder" : "") + "; correct the path or remove it from " + VARIABLE);
                }
                entries.addAll(wildcard ? jars(path) : List.of(path));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * A class loader over {@link #classPath}, whose parent is {@code parent}; {@code parent} itself when there are no
     * plugins.
     */
    public static ClassLoader loader(Path configFile, Map<String, String> env, ClassLoader parent) {
        List<Path> entries = classPath(configFile, env);
        if (entries.isEmpty()) {
            return parent;
        }
        return LOADERS.computeIfAbsent(entries, e -> new URLClassLoader("loquent-plugins",
                e.stream().map(Plugins::url).toArray(URL[]::new), parent));
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new ConfigurationException("plugin path '" + path + "' cannot be loaded: " + e.getMessage());
        }
    }
}
