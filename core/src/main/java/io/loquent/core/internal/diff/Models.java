package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelNaming;
import io.loquent.api.model.ModelRequest;
import io.loquent.api.model.ModelSource;
import io.loquent.core.ConfigurationException;
import io.loquent.core.ModelSettings;
import io.loquent.core.internal.dsl.NamingConvention;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Reads the configured entity model through the {@link ModelSource} found on the class path (Loquent's JPA module),
 * and puts its names the way the database will keep them. The source, and the JPA provider behind it, load here
 * and nowhere else, so that commands that compare no model never pay for them.
 */
public final class Models {
    private Models() {
    }

    /**
     * The model as this database will hold it.
     *
     * @param database the database the JPA provider will see ({@link ModelRequest#database()})
     */
    public static MappedModel read(ModelSettings settings, ClassLoader parent, Dialect dialect, String database,
                                   NamingConvention naming) {
        if (!settings.configured()) {
            throw new ConfigurationException("no entity model is configured; set models_package or persistence_unit"
                    + " (and models, the class path of the compiled entities) in loquent.properties");
        }
        try (URLClassLoader loader = new URLClassLoader("loquent-models", urls(settings.classPath()), parent)) {
            ModelSource source = ServiceLoader.load(ModelSource.class, loader).findFirst().orElseThrow(() ->
                    new ConfigurationException("comparing with an entity model needs a model source on the class"
                            + " path; add io.loquent:loquent-jpa (the command line bundles it)"));
            ModelRequest request = new ModelRequest(loader, settings.classes(), settings.packages(),
                    settings.persistenceUnit(), naming(naming), database);
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return fold(source.read(request), dialect);
            } finally {
                thread.setContextClassLoader(before);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot close the entity model's class path: " + e.getMessage(), e);
        }
    }

    private static URL[] urls(List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            if (!Files.exists(entry)) {
                throw new ConfigurationException("models class path entry '" + entry + "' does not exist; set"
                        + " 'models' to the folders or jars of the compiled entity classes (build them first)");
            }
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ConfigurationException("models class path entry '" + entry + "' is not a usable path", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static ModelNaming naming(NamingConvention convention) {
        return new ModelNaming() {
            @Override
            public String primaryKey(String table) {
                return convention.primaryKeyName(table);
            }

            @Override
            public String unique(String table, List<String> columns) {
                return convention.uniqueName(table, columns);
            }

            @Override
            public String foreignKey(String table, List<String> columns, String referencedTable) {
                return convention.foreignKeyName(table, columns, referencedTable);
            }

            @Override
            public String index(String table, List<String> columns) {
                return convention.indexName(table, columns);
            }
        };
    }

    /** Every name as the database keeps it when the application sends it unquoted. */
    static MappedModel fold(MappedModel model, Dialect dialect) {
        Map<String, List<Map<String, Object>>> seeds = new LinkedHashMap<>();
        model.seedRows().forEach((table, rows) -> seeds.put(dialect.unquotedName(table), rows.stream().map(row -> {
            Map<String, Object> folded = new LinkedHashMap<>();
            row.forEach((column, value) -> folded.put(dialect.unquotedName(column), value));
            return folded;
        }).toList()));
        return new MappedModel(SchemaNames.map(model.schema(), dialect::unquotedName), seeds);
    }
}
