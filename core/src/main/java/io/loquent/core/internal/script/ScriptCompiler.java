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
import java.util.Comparator;
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
            throw new ScriptException("cannot compile revision files: " + IoReason.of(e),
                    "Check that the scripts folder and loquent-api's jar can be read", e);
        }
        return output;
    }

    /** Each error as {@code file:line: message}, sorted by file and line: javac reports files in no useful order. */
    private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics, Map<JavaFileObject, ScriptFile> sources) {
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .sorted(Comparator.comparing((Diagnostic<? extends JavaFileObject> d) -> where(d, sources))
                        .thenComparingLong(Diagnostic::getLineNumber))
                .map(d -> where(d, sources) + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": "
                        + oneLine(d.getMessage(Locale.ROOT)))
                .toList();
    }

    private static String where(Diagnostic<? extends JavaFileObject> d, Map<JavaFileObject, ScriptFile> sources) {
        ScriptFile file = d.getSource() == null ? null : sources.get(d.getSource());
        return file == null ? "javac" : file.display();
    }

    /**
     * javac's message on one line: its first line, then its detail lines ({@code symbol:}, {@code location:},
     * {@code required:}, {@code found:}) in parentheses, so that a missing symbol is named.
     */
    static String oneLine(String message) {
        String[] lines = message.strip().split("\\R");
        List<String> detail = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                detail.add(line);
            }
        }
        return lines[0].strip() + (detail.isEmpty() ? "" : " (" + String.join("; ", detail) + ")");
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
