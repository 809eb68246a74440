package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Plugin jars as a third party builds them: Java sources compiled against loquent-api (from the test class path)
 * and packed with their {@code META-INF/services} files.
 */
final class PluginJars {
    /** The H2 driver's own jar, as a user downloads it. */
    static final Path H2_DRIVER = location(org.h2.Driver.class);

    /**
     * A third-party dialect for H2, built on the API's ANSI base, that locks with the API's lock row (all a dialect
     * for a database without advisory locks needs) and binds JSON as its columns' type.
     */
    static final String H2_DIALECT = """
            package com.example.h2test;

            import io.loquent.api.dialect.AnsiDialect;
            import io.loquent.api.dialect.IdentifierLimit;
            import io.loquent.api.dialect.JsonText;
            import io.loquent.api.dialect.LockRequest;
            import io.loquent.api.dialect.MigrationLock;
            import io.loquent.api.dialect.TableLock;
            import io.loquent.api.schema.ColumnType;
            import java.nio.charset.StandardCharsets;
            import java.sql.PreparedStatement;
            import java.sql.SQLException;

            public final class H2TestDialect extends AnsiDialect {
                @Override public String name() { return "h2test"; }
                @Override public boolean acceptsUrl(String url) { return url.startsWith("jdbc:h2:"); }
                @Override public IdentifierLimit maxIdentifierLength() { return IdentifierLimit.NONE; }
                @Override public MigrationLock lock(LockRequest request) { return TableLock.acquire(this, request); }
                // H2 reads text bound to a JSON column as a JSON string, and bytes as a document.
                @Override public void bind(PreparedStatement st, int index, Object value, String columnType)
                        throws SQLException {
                    if ("JSON".equalsIgnoreCase(columnType) && value != null) {
                        String text = JsonText.isDocument(value) ? JsonText.of(value) : value.toString();
                        st.setBytes(index, text.getBytes(StandardCharsets.UTF_8));
                    } else {
                        bind(st, index, value);
                    }
                }
                @Override public String typeSql(ColumnType type) {
                    switch (type.kind()) {
                        case STRING: return "VARCHAR(" + type.length() + ")";
                        case BIG_INTEGER: return "BIGINT";
                        case SMALL_INTEGER: return "SMALLINT";
                        case TEXT: return "CHARACTER LARGE OBJECT";
                        case DECIMAL: return "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
                        case DOUBLE: return "DOUBLE PRECISION";
                        case BINARY: return "VARBINARY";
                        default: return type.kind().name();
                    }
                }
            }
            """;

    private PluginJars() {
    }

    /** Compiles {@code sources} (class name to source) and writes them with {@code services} into {@code jar}. */
    static Path build(Path jar, Map<String, String> sources, Map<String, String> services) throws IOException {
        return build(jar, sources, services, java.util.Set.of());
    }

    /** As {@link #build(Path, Map, Map)}, leaving the classes {@code missing} out of the jar. */
    static Path build(Path jar, Map<String, String> sources, Map<String, String> services,
                      java.util.Set<String> missing) throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        if (!files.isEmpty()) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                    System.getProperty("java.class.path"), "--release", "17"));
            args.addAll(files);
            assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("the plugin compiles").isZero();
        }
        for (Map.Entry<String, String> service : services.entrySet()) {
            Path file = classes.resolve("META-INF/services/" + service.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, service.getValue());
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> all = Files.walk(classes)) {
            for (Path file : all.filter(Files::isRegularFile).filter(f -> !missing.contains(
                    classes.relativize(f).toString().replace('\\', '/').replace(".class", "").replace('/', '.')))
                    .sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out); // leaves the jar open
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The H2 test dialect's jar. */
    static Path h2Dialect(Path jar) throws IOException {
        return build(jar, Map.of("com.example.h2test.H2TestDialect", H2_DIALECT),
                Map.of("io.loquent.api.dialect.Dialect", "com.example.h2test.H2TestDialect\n"));
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
