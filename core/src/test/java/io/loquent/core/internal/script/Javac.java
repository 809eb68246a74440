package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.MigrationScript;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/** Compiles a class the way an application's build would, with the flags given, into a folder of its own. */
final class Javac {
    private Javac() {
    }

    /** Compiles {@code source} (a public class {@code className} of package {@code chk}); returns the classes folder. */
    static Path compile(Path dir, String className, String source, String... flags) {
        try {
            Path src = Files.createDirectories(dir.resolve("src/chk")).resolve(className + ".java");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            Files.writeString(src, source);
            List<String> args = new ArrayList<>(List.of("-classpath", ScriptCompiler.apiClasspath(), "-proc:none",
                    "-d", classes.toString()));
            args.addAll(List.of(flags));
            args.add(src.toString());
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int rc = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, args.toArray(String[]::new));
            assertThat(rc).as("javac " + args + errors).isZero();
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revisions of package {@code chk} in {@code classes}, loaded through {@link ClasspathScripts}. */
    static List<LoadedRevision> load(Path classes) {
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    MigrationScript.class.getClassLoader());
            return ClasspathScripts.ofPackage("chk", loader).load();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class file's bytes, to show that the compilations really differ. */
    static byte[] classBytes(Path classes, String className) {
        try {
            return Files.readAllBytes(classes.resolve("chk/" + className + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
