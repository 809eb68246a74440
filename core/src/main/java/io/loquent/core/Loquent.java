package io.loquent.core;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.run.Dialects;
import io.loquent.core.internal.run.Runner;
import io.loquent.core.internal.run.Urls;
import io.loquent.core.internal.run.VersionStore;
import io.loquent.core.internal.script.ClasspathScripts;
import io.loquent.core.internal.script.CompileCache;
import io.loquent.core.internal.script.DirectoryScripts;
import io.loquent.core.internal.script.LoadedRevision;
import io.loquent.core.internal.script.RevisionWriter;
import io.loquent.core.internal.script.ScriptSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loquent's entry point, in the spirit of {@code Flyway.configure()…load()}:
 * <pre>{@code
 * Loquent loquent = Loquent.configure().url("jdbc:sqlite:app.db").scripts(Path.of("migrations")).load();
 * loquent.upgrade("head");
 * }</pre>
 * Every call reads the scripts and the database afresh, so one instance may serve a long-lived application.
 * Instances hold no connection and are safe to share.
 */
public final class Loquent {
    private final LoquentConfig config;

    public Loquent(LoquentConfig config) {
        this.config = config;
    }

    /** A builder whose {@code load()} returns a {@link Loquent}. */
    public static Configurer configure() {
        return new Configurer();
    }

    public LoquentConfig config() {
        return config;
    }

    /** Applies revisions up to {@code target} ({@code head}, {@code heads}, an id or prefix, {@code +N}, …). */
    public List<StepResult> upgrade(String target) {
        return migrate(target, true);
    }

    /** Reverts revisions down to {@code target} ({@code base}, an id or prefix, {@code -N}, …). */
    public List<StepResult> downgrade(String target) {
        return migrate(target, false);
    }

    private List<StepResult> migrate(String target, boolean up) {
        RevisionGraph graph = graph();
        Dialect dialect = dialect();
        VersionStore store = versionStore(dialect);
        try (Connection connection = connect()) {
            Set<String> rows = readRows(connection, store, graph);
            Planner planner = new Planner(graph);
            Plan plan = up ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
            return new Runner(dialect, naming(dialect), config.listener()).run(plan, connection, store);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The version rows, each with its script; empty at base. */
    public List<CurrentRevision> current() {
        RevisionGraph graph = graph();
        Dialect dialect = dialect();
        try (Connection connection = connect()) {
            Set<String> heads = new HashSet<>(graph.heads());
            List<CurrentRevision> result = new ArrayList<>();
            for (String id : readRows(connection, versionStore(dialect), graph)) {
                result.add(new CurrentRevision(id, heads.contains(id), graph.get(id).info()));
            }
            return result;
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The heads of the revision graph. */
    public List<RevisionInfo> heads() {
        RevisionGraph graph = graph();
        return graph.heads().stream().map(id -> graph.get(id).info()).toList();
    }

    /** Every revision, newest first (children before parents). */
    public List<RevisionInfo> history() {
        RevisionGraph graph = graph();
        List<RevisionInfo> all = new ArrayList<>(graph.size());
        graph.order().forEach(id -> all.add(graph.get(id).info()));
        Collections.reverse(all);
        return all;
    }

    /**
     * Writes a new revision file whose parent is the current head and returns its path.
     *
     * @param revisionId the id to use, or null for a random one
     */
    public Path revision(String message, String revisionId) {
        if (config.scriptsFolder() == null) {
            throw new ConfigurationException("new revisions are written to a scripts folder, but scripts come from the"
                    + " class path here; set 'scripts' to a folder");
        }
        RevisionGraph graph = Files.isDirectory(config.scriptsFolder()) ? graph() : RevisionGraph.of(List.of());
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new TargetException("head", "multiple heads are present: " + String.join(", ", heads)
                    + ". Join them first with 'loquent merge', or choose the parent with --head");
        }
        String id = revisionId != null ? revisionId : RevisionWriter.newId();
        if (graph.contains(id)) {
            throw new ConfigurationException("revision id '" + id + "' is already used by " + graph.get(id).info().source()
                    + "; choose another --rev-id");
        }
        Set<String> taken = graph.order().stream().map(r -> graph.get(r).type().getSimpleName()).collect(Collectors.toSet());
        return RevisionWriter.write(config.scriptsFolder(), id, heads, message, taken, LocalDateTime.now());
    }

    /**
     * Writes {@code loquent.properties} and an empty {@code migrations/} folder into {@code folder}.
     *
     * @return the configuration file written
     */
    public static Path init(Path folder) {
        Path file = folder.resolve("loquent.properties");
        if (Files.exists(file)) {
            throw new ConfigurationException(file + " already exists; remove it or run init in another folder");
        }
        try {
            Files.createDirectories(folder.resolve("migrations"));
            Files.writeString(file, """
                    # Loquent configuration. Flags (--url, ...) and LOQUENT_URL, LOQUENT_USER, LOQUENT_PASSWORD override it.
                    url=%s
                    scripts=migrations
                    version_table=%s
                    """.formatted(LoquentConfig.DEFAULT_URL, LoquentConfig.DEFAULT_VERSION_TABLE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private RevisionGraph graph() {
        ScriptSource source = scriptSource();
        List<LoadedRevision> revisions = source.load();
        config.listener().scriptsLoaded(revisions.size(), source.compiledCount());
        return RevisionGraph.of(revisions);
    }

    private ScriptSource scriptSource() {
        if (config.scriptsPackage() != null) {
            return ClasspathScripts.ofPackage(config.scriptsPackage(), config.classLoader());
        }
        if (!config.scriptClasses().isEmpty()) {
            return ClasspathScripts.ofClasses(config.scriptClasses());
        }
        String salt = Version.LOQUENT + "/" + Runtime.version().feature();
        return new DirectoryScripts(config.scriptsFolder(), new CompileCache(config.cacheFolder(), salt));
    }

    private Set<String> readRows(Connection connection, VersionStore store, RevisionGraph graph) throws SQLException {
        Set<String> rows = store.read(connection);
        for (String row : rows) {
            if (!graph.contains(row)) {
                throw new RevisionNotFoundException(row, List.of(), "can't locate revision '" + row + "': the database's "
                        + store.table() + " names it but no script declares it. Restore the script, or move the"
                        + " database to a known revision with 'loquent stamp REV --purge'");
            }
        }
        return rows;
    }

    private Dialect dialect() {
        if (config.dialect() != null) {
            return Dialects.named(config.dialect(), config.classLoader());
        }
        if (config.url() != null) {
            return Dialects.forUrl(config.url(), config.classLoader());
        }
        try (Connection c = config.dataSource().getConnection()) {
            return Dialects.forUrl(c.getMetaData().getURL(), config.classLoader());
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private NamingConvention naming(Dialect dialect) {
        return NamingConvention.of(config.naming(), dialect.maxIdentifierLength());
    }

    private VersionStore versionStore(Dialect dialect) {
        return new VersionStore(dialect, config.versionTable(), naming(dialect));
    }

    private Connection connect() {
        try {
            if (config.dataSource() != null) {
                return config.dataSource().getConnection();
            }
            return DriverManager.getConnection(config.url(), config.user(), config.password());
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private DatabaseException databaseError(SQLException e) {
        String where = config.url() != null ? Urls.redact(config.url()) : "the configured DataSource";
        String advice = e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
                ? "Add the JDBC driver for this database to the class path"
                : "Check the URL, user and password, and that the database is running";
        return new DatabaseException("cannot use database " + where + ": " + e.getMessage() + ". " + advice, e);
    }

    /** The fluent builder behind {@link #configure()}. */
    public static final class Configurer {
        private final LoquentConfig.Builder builder = LoquentConfig.builder();

        public Configurer url(String url) {
            builder.url(url);
            return this;
        }

        public Configurer user(String user) {
            builder.user(user);
            return this;
        }

        public Configurer password(String password) {
            builder.password(password);
            return this;
        }

        public Configurer dataSource(javax.sql.DataSource dataSource) {
            builder.dataSource(dataSource);
            return this;
        }

        public Configurer scripts(Path folder) {
            builder.scripts(folder);
            return this;
        }

        public Configurer scriptsPackage(String packageName) {
            builder.scriptsPackage(packageName);
            return this;
        }

        @SafeVarargs
        public final Configurer scriptClasses(Class<? extends io.loquent.api.MigrationScript>... classes) {
            builder.scriptClasses(classes);
            return this;
        }

        public Configurer versionTable(String table) {
            builder.versionTable(table);
            return this;
        }

        public Configurer listener(MigrationListener listener) {
            builder.listener(listener);
            return this;
        }

        /** Access to every other setting. */
        public LoquentConfig.Builder settings() {
            return builder;
        }

        public Loquent load() {
            return new Loquent(builder.build());
        }
    }
}
