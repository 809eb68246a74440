package io.loquent.core.internal.script;

import io.loquent.api.Op;
import io.loquent.core.ScriptException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles revision files in memory with the JDK's compiler, all in one javac run, against loquent-api. The class
 * files are kept per source file, so that each script's classes can be cached under its own checksum.
 */
public final class ScriptCompiler {

    /** The classes compiled from each file, by binary name; throws {@link ScriptException} on any compile error. */
    public Map<ScriptFile, Map<String, byte[]>> compile(List<ScriptFile> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ScriptException(List.of("no Java compiler in this runtime (" + System.getProperty("java.home") + ")"),
                    "Run Loquent on a JDK, not a JRE, so that it can compile revision files");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, ScriptFile> sources = new IdentityHashMap<>();
        for (ScriptFile file : files) {
            sources.put(new Source(file), file);
        }
        Map<ScriptFile, Map<String, byte[]>> output = new LinkedHashMap<>();
        files.forEach(f -> output.put(f, new LinkedHashMap<>()));
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaFileManager manager = new Capturing(standard, sources, output);
            List<String> options = List.of("-classpath", apiClasspath(), "-proc:none", "-g", "-nowarn",
                    "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, manager, diagnostics, options, null, sources.keySet()).call();
            List<String> errors = errors(diagnostics, sources);
            if (!ok || !errors.isEmpty()) {
                throw new ScriptException(errors.isEmpty() ? List.of("javac failed without a message") : errors,
                        "Nothing was applied; fix the revision file and run again");
            }
        } catch (IOException e) {
            throw new ScriptException("cannot compile revision files: " + e.getMessage(), "Check the scripts folder", e);
        }
        return output;
    }

    private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics, Map<JavaFileObject, ScriptFile> sources) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            ScriptFile file = d.getSource() == null ? null : sources.get(d.getSource());
            String where = file == null ? "javac" : file.display() + ":" + d.getLineNumber();
            String message = d.getMessage(Locale.ROOT);
            int newline = message.indexOf('\n');
            errors.add(where + ": " + (newline < 0 ? message : message.substring(0, newline)));
        }
        return errors;
    }

    /** Where loquent-api's classes are: its jar, the CLI's jar, or a classes folder in a build. */
    static String apiClasspath() {
        try {
            var codeSource = Op.class.getProtectionDomain().getCodeSource();
            if (codeSource != null && codeSource.getLocation() != null) {
                return Path.of(codeSource.getLocation().toURI()).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // fall back to the JVM's class path below
        }
        return System.getProperty("java.class.path", "") + File.pathSeparator;
    }

    /** A revision file's normalised text. Any file name may hold any class name, so scripts can sort by date. */
    private static final class Source extends SimpleJavaFileObject {
        private final ScriptFile file;

        Source(ScriptFile file) {
            super(file.path().toUri(), Kind.SOURCE);
            this.file = file;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.source();
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    /** Keeps class files in memory, grouped by the source file they came from. */
    private static final class Capturing extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<JavaFileObject, ScriptFile> sources;
        private final Map<ScriptFile, Map<String, byte[]>> output;

        Capturing(StandardJavaFileManager standard, Map<JavaFileObject, ScriptFile> sources,
                  Map<ScriptFile, Map<String, byte[]>> output) {
            super(standard);
            this.sources = sources;
            this.output = output;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            ScriptFile file = sources.get(sibling);
            if (file == null) {
                throw new IllegalStateException("javac wrote " + className + " without a source file");
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            output.get(file).put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
