package io.loquent.core;

import io.loquent.api.MigrationScript;
import io.loquent.core.internal.run.Urls;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything a {@link Loquent} needs, validated once by {@link Builder#build()}. Scripts come from exactly one of a
 * folder of {@code .java} files, a package on the class path, or a list of classes; the database from a URL or a
 * {@link DataSource}.
 *
 * @param url             the JDBC URL, or null when a data source is given
 * @param user            the database user, or null
 * @param password        the password, or null
 * @param dataSource      a data source, or null when a URL is given
 * @param scriptsFolder   the folder of revision files, or null
 * @param scriptsPackage  the package of compiled revision classes, or null
 * @param scriptClasses   explicit revision classes, possibly empty
 * @param versionTable    the version table's name, {@code schema.table} when {@code version_table_schema} is set
 * @param historyTable    the history (audit) table's name, in the same schema as the version table
 * @param ignoreChecksums whether to run even when applied scripts have changed
 * @param lockTimeout     how long to wait for another run's migration lock
 * @param lock            whether runs take the migration lock
 * @param cacheFolder     where compiled revision files are cached
 * @param dialect         a dialect name that overrides the URL's, or null
 * @param naming          naming-convention overrides by key ({@code pk uq fk ck ix})
 * @param classLoader     where dialects and script packages are looked up
 * @param listener        progress callbacks
 * @param models          the entity model autogenerate and {@code check} compare with the database
 * @param lint            how {@code lint} judges: the large-table threshold and the rules disabled
 */
public record LoquentConfig(String url, String user, String password, DataSource dataSource, Path scriptsFolder,
                            String scriptsPackage, List<Class<? extends MigrationScript>> scriptClasses,
                            String versionTable, String historyTable, boolean ignoreChecksums, java.time.Duration lockTimeout,
                            Lock lock, Path cacheFolder, String dialect, Map<String, String> naming,
                            ClassLoader classLoader, MigrationListener listener, ModelSettings models,
                            LintSettings lint) {

    /** The command line's database when nothing is configured: a SQLite file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:loquent.db";
    public static final String DEFAULT_VERSION_TABLE = "loquent_version";
    public static final String DEFAULT_HISTORY_TABLE = "loquent_history";
    /** The longest lock timeout: a day, which no run should wait; far below where a duration in nanoseconds overflows. */
    public static final java.time.Duration MAX_LOCK_TIMEOUT = java.time.Duration.ofDays(1);
    private static final System.Logger LOG = System.getLogger(LoquentConfig.class.getName());

    /** Whether runs that change the database take the migration lock ({@code lock} in loquent.properties). */
    public enum Lock {
        /** The dialect's lock (the default): concurrent runs wait for each other. */
        DIALECT,
        /**
         * No lock, and no second connection for one: for a database only one deployer ever migrates, or a dialect
         * without a lock. Two runs at once would then both apply the same revisions.
         */
        NONE
    }

    public LoquentConfig {
        scriptClasses = List.copyOf(scriptClasses);
        naming = Map.copyOf(naming);
    }

    /**
     * {@code text} with this configuration's passwords masked: the one given and any in the URL, wherever they stand.
     * Every message that quotes a driver goes through here, as drivers echo parts of the URL.
     */
    public String redact(String text) {
        return Urls.redactor(url, password).apply(text);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LoquentConfig[url=" + (url == null ? null : Urls.redact(url)) + ", user=" + user
                + ", password=" + (password == null ? null : "***") + ", scripts=" + (scriptsFolder != null ? scriptsFolder
                : scriptsPackage != null ? scriptsPackage : scriptClasses) + ", versionTable=" + versionTable
                + ", historyTable=" + historyTable + ", dialect=" + dialect + "]";
    }

    /** A builder with every default set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; {@link #build()} checks them together. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private DataSource dataSource;
        private Path scriptsFolder;
        private String scriptsPackage;
        private List<Class<? extends MigrationScript>> scriptClasses = List.of();
        private String versionTable = DEFAULT_VERSION_TABLE;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private String versionTableSchema;
        private boolean ignoreChecksums;
        private java.time.Duration lockTimeout = java.time.Duration.ofSeconds(60);
        private Lock lock = Lock.DIALECT;
        private Path cacheFolder;
        private String dialect;
        private Map<String, String> naming = Map.of();
        private ClassLoader classLoader;
        private MigrationListener listener = MigrationListener.NONE;
        private List<Path> modelsClassPath = List.of();
        private List<Class<?>> modelClasses = List.of();
        private List<String> modelsPackages = List.of();
        private String persistenceUnit;
        private List<String> include = List.of();
        private List<String> exclude = List.of();
        private boolean renames = true;
        private LintSettings lint = LintSettings.DEFAULTS;

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** A folder of {@code .java} revision files, compiled at run time. */
        public Builder scripts(Path folder) {
            this.scriptsFolder = folder;
            return this;
        }

        /** A package of revision classes compiled by the application's build. */
        public Builder scriptsPackage(String packageName) {
            this.scriptsPackage = packageName;
            return this;
        }

        /** Exactly these revision classes. */
        @SafeVarargs
        public final Builder scriptClasses(Class<? extends MigrationScript>... classes) {
            this.scriptClasses = List.of(classes);
            return this;
        }

        public Builder versionTable(String table) {
            this.versionTable = table;
            return this;
        }

        public Builder historyTable(String table) {
            this.historyTable = table;
            return this;
        }

        /**
         * The schema (PostgreSQL) or database (MySQL) of Loquent's own tables: version, history and snapshot, as
         * Alembic's {@code version_table_schema}. It must exist; null (the default) is the connection's own.
         */
        public Builder versionTableSchema(String schema) {
            this.versionTableSchema = schema;
            return this;
        }

        /** Runs even when scripts the database has applied have changed since. */
        public Builder ignoreChecksums(boolean ignore) {
            this.ignoreChecksums = ignore;
            return this;
        }

        /** How long to wait for another run's migration lock before failing (default 60 s). */
        public Builder lockTimeout(java.time.Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        /**
         * {@link Lock#NONE} to run without the migration lock (a single deployer, or a dialect that has none); the
         * default, {@link Lock#DIALECT}, takes the dialect's.
         */
        public Builder lock(Lock lock) {
            this.lock = java.util.Objects.requireNonNull(lock, "lock");
            return this;
        }

        /** Where compiled revision files are cached; defaults to {@code .loquent/cache} beside the scripts folder. */
        public Builder cacheFolder(Path folder) {
            this.cacheFolder = folder;
            return this;
        }

        /** A dialect by name ({@code sqlite}, {@code postgresql}, {@code mysql}), overriding the URL's. */
        public Builder dialect(String name) {
            this.dialect = name;
            return this;
        }

        /** Naming-convention templates by key: {@code pk}, {@code uq}, {@code fk}, {@code ck}, {@code ix}. */
        public Builder naming(Map<String, String> templates) {
            this.naming = templates;
            return this;
        }

        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listener = listener;
            return this;
        }

        /** The entity classes autogenerate and {@code check} compare with the database. */
        public Builder models(Class<?>... entities) {
            this.modelClasses = List.of(entities);
            return this;
        }

        /** Packages (with their sub-packages) whose entity classes are the model. */
        public Builder modelsPackage(String... packages) {
            this.modelsPackages = List.of(packages);
            return this;
        }

        /** A persistence unit of {@code META-INF/persistence.xml} whose classes are the model. */
        public Builder persistenceUnit(String name) {
            this.persistenceUnit = name;
            return this;
        }

        /** Folders and jars of compiled entity classes, searched after the class loader's own class path. */
        public Builder modelsClassPath(List<Path> entries) {
            this.modelsClassPath = entries;
            return this;
        }

        /** Glob patterns ({@code *}, {@code ?}) of the only tables autogenerate compares. */
        public Builder autogenerateInclude(List<String> patterns) {
            this.include = patterns;
            return this;
        }

        /** Glob patterns of tables autogenerate never creates, changes or drops. */
        public Builder autogenerateExclude(List<String> patterns) {
            this.exclude = patterns;
            return this;
        }

        /** Whether autogenerate writes a rename where a column or table is lost and one of its type gained. */
        public Builder detectRenames(boolean detect) {
            this.renames = detect;
            return this;
        }

        /**
         * How {@code lint} judges: the large-table threshold, and the rules whose findings are allowed everywhere.
         * Naming a rule that does not exist is refused at {@link #build()}.
         */
        public Builder lint(LintSettings settings) {
            this.lint = java.util.Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Builds the configuration and a {@link Loquent} on it. */
        public Loquent load() {
            return new Loquent(build());
        }

        /** Checks the settings together; throws {@link ConfigurationException} saying what to change. */
        public LoquentConfig build() {
            int sources = (scriptsFolder != null ? 1 : 0) + (scriptsPackage != null ? 1 : 0) + (scriptClasses.isEmpty() ? 0 : 1);
            if (sources > 1) {
                throw new ConfigurationException("scripts are configured twice; give one of a scripts folder,"
                        + " a scripts package or script classes");
            }
            if (dataSource != null && url != null) {
                throw new ConfigurationException("both a URL and a DataSource are configured; give one");
            }
            if (lockTimeout == null || lockTimeout.isNegative() || lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
                throw new ConfigurationException("lock timeout " + lockTimeout + " is out of range; give one from zero"
                        + " to " + MAX_LOCK_TIMEOUT.toSeconds() + " seconds");
            }
            checkTableName("version_table", versionTable);
            checkTableName("history_table", historyTable);
            if (versionTable.equals(historyTable)) {
                throw new ConfigurationException("version_table and history_table are both '" + versionTable
                        + "'; give them different names");
            }
            String schema = versionTableSchema == null ? "" : versionTableSchema + ".";
            if (versionTableSchema != null) {
                checkTableName("version_table_schema", versionTableSchema);
            }
            for (String key : naming.keySet()) {
                if (!List.of("pk", "uq", "fk", "ck", "ix").contains(key)) {
                    throw new ConfigurationException("unknown naming convention key '" + key + "'; use pk, uq, fk, ck or ix");
                }
            }
            Path folder = sources == 0 ? Path.of("migrations") : scriptsFolder;
            Path cache = cacheFolder != null ? cacheFolder
                    : folder != null ? folder.toAbsolutePath().getParent().resolve(".loquent").resolve("cache") : null;
            if (url == null && dataSource == null && dialect == null) {
                throw new ConfigurationException("no database is configured: give Loquent.configure() a"
                        + " url(\"jdbc:...\") or a dataSource(ds), or a dialect(name) for work that never connects"
                        + " (offline SQL, schema, autogenerateOffline)");
            }
            String effectiveUrl = url;
            if (effectiveUrl != null && Urls.forgetsAtExit(effectiveUrl)) {
                // Not an error (a test may want it), but a CLI run against it changes nothing that lasts.
                LOG.log(System.Logger.Level.WARNING, "the database '" + Urls.redact(effectiveUrl) + "' lives only as"
                        + " long as this process: nothing done to it is kept. Give a file, as jdbc:sqlite:app.db");
            }
            java.util.Set<String> rules = io.loquent.core.internal.lint.Linter.ruleIds();
            for (String rule : new java.util.TreeSet<>(lint.disabled())) {
                if (!rules.contains(rule)) {
                    throw new ConfigurationException("lint.disable names '" + rule + "', which is no lint rule; the"
                            + " rules are " + String.join(", ", new java.util.TreeSet<>(rules)));
                }
            }
            ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
            return new LoquentConfig(effectiveUrl, user, password, dataSource, folder, scriptsPackage, scriptClasses,
                    schema + versionTable, schema + historyTable, ignoreChecksums, lockTimeout, lock, cache, dialect, naming, loader != null ? loader : LoquentConfig.class.getClassLoader(),
                    listener, new ModelSettings(modelsClassPath, modelClasses, modelsPackages, persistenceUnit, include,
                    exclude, renames), lint);
        }

        private static void checkTableName(String key, String name) {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new ConfigurationException(key + " '" + name + "' is not a plain " + (key.endsWith("schema")
                        ? "schema" : "table") + " name" + (name != null && name.contains(".")
                        ? " (a schema for Loquent's tables goes in version_table_schema)" : "") + ";"
                        + " use letters, digits and '_', starting with a letter or '_'");
            }
        }
    }
}
