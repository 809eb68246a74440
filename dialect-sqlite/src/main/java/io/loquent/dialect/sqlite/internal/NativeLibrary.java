package io.loquent.dialect.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps sqlite-jdbc's native library in the user's cache folder, so that a start does not extract it again.
 *
 * <p>sqlite-jdbc copies its 1.1 MB library out of its jar into {@code java.io.tmpdir} under a new name, checks the copy
 * and deletes it at exit, on every start of the JVM: about 70 ms of each command-line run (BENCHMARKS.md, issue #13).
 * The driver takes a library from {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} when they are set, so
 * this copies the library once to {@code $XDG_CACHE_HOME/loquent/sqlite-jdbc/<version>/<platform>/} (or
 * {@code ~/.cache/loquent/...}) and sets the two properties before the first connection. The copy is written to a temporary file and
 * moved into place, so a crash or a concurrent start never leaves a partial library under the final name.
 *
 * <p>Nothing is done when either property, or the driver's {@code org.sqlite.tmpdir}, is already set, when the driver
 * or its library for this platform is not on the class path, or when the cache cannot be written: the driver then
 * extracts its library as it always does. {@code -Dloquent.sqlite.nativeCache=false} turns it off, as a home folder
 * mounted {@code noexec} needs (the driver would log that it cannot load the copy, then extract as usual).
 */
public final class NativeLibrary {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static volatile boolean prepared;

    private NativeLibrary() {
    }

    /** Points the driver at the cached library, copying it there first if need be; once per JVM. */
    public static void prepare() {
        if (prepared) {
            return;
        }
        synchronized (NativeLibrary.class) {
            if (!prepared) {
                prepared = true;
                if (!"false".equals(System.getProperty("loquent.sqlite.nativeCache"))
                        && System.getProperty(PATH) == null && System.getProperty(NAME) == null
                        && System.getProperty("org.sqlite.tmpdir") == null) { // the user chose where it goes
                    cache().ifPresent(NativeLibrary::point);
                }
            }
        }
    }

    private static void point(Path library) {
        System.setProperty(PATH, library.getParent().toString());
        System.setProperty(NAME, library.getFileName().toString());
    }

    /**
     * The cached copy of the driver's library for this platform, made now if missing. The copy is named by the
     * driver's version and a hash of the platform (operating system, architecture, Java home), so that a warm start
     * asks the driver nothing: its platform detection starts a process ({@code uname -o}, to tell Termux from Linux).
     */
    private static java.util.Optional<Path> cache() {
        try {
            ClassLoader loader = NativeLibrary.class.getClassLoader();
            String version = version(loader);
            Path home = cacheHome();
            if (version == null || home == null) {
                return java.util.Optional.empty();
            }
            String platform = System.getProperty("os.name") + "/" + System.getProperty("os.arch") + "/"
                    + System.getProperty("java.home");
            String name = System.mapLibraryName("sqlitejdbc"); // the driver's own name for it
            Path library = home.resolve("sqlite-jdbc").resolve(version)
                    .resolve(Integer.toHexString(platform.hashCode())).resolve(name);
            if (Files.isRegularFile(library)) {
                return java.util.Optional.of(library);
            }
            Class<?> osInfo = Class.forName("org.sqlite.util.OSInfo", false, loader);
            String folder = (String) osInfo.getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
            URL resource = loader.getResource("org/sqlite/native/" + folder + "/" + name);
            if (resource == null) {
                return java.util.Optional.empty();
            }
            copy(resource, library);
            return java.util.Optional.of(library);
        } catch (ReflectiveOperationException | LinkageError | IOException | RuntimeException e) {
            return java.util.Optional.empty(); // the driver extracts the library itself, as without this class
        }
    }

    /** The driver's version, as its jar records it ({@code version=3.54.1}); null without the driver. */
    private static String version(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.xerial/sqlite-jdbc/VERSION")) {
            if (in == null) {
                return null;
            }
            String version = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            version = version.substring(version.indexOf('=') + 1).strip();
            return version.matches("[0-9A-Za-z._-]{1,64}") ? version : null;
        }
    }

    private static void copy(URL source, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        Path tmp = Files.createTempFile(library.getParent(), ".tmp-", "");
        try {
            try (InputStream in = source.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code $XDG_CACHE_HOME/loquent}, or {@code ~/.cache/loquent}; null without a home folder. */
    private static Path cacheHome() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "loquent");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "loquent");
    }
}
