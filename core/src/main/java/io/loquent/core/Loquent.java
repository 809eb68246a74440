package io.loquent.core;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.model.MappedModel;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.internal.diff.CatalogueBuild;
import io.loquent.core.internal.diff.Change;
import io.loquent.core.internal.diff.Differ;
import io.loquent.core.internal.diff.Drift;
import io.loquent.core.internal.diff.DslWriter;
import io.loquent.core.internal.diff.Models;
import io.loquent.core.internal.diff.ReadBack;
import io.loquent.core.internal.diff.Spelling;
import io.loquent.core.internal.diff.SqlWriter;
import io.loquent.core.internal.diff.TableFilter;
import io.loquent.core.internal.lint.Linter;
import io.loquent.core.internal.drift.Snapshot;
import io.loquent.core.internal.replay.Replay;
import io.loquent.core.internal.replay.Replayed;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.Step;
import io.loquent.core.internal.graph.Ranges;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.run.Dialects;
import io.loquent.core.internal.run.Drivers;
import io.loquent.core.internal.run.Engine;
import io.loquent.core.internal.run.Failures;
import io.loquent.core.internal.run.HistoryStore;
import io.loquent.core.internal.run.Pools;
import io.loquent.core.internal.run.Urls;
import io.loquent.core.internal.script.Authoring;
import io.loquent.core.internal.script.ClasspathScripts;
import io.loquent.core.internal.script.CompileCache;
import io.loquent.core.internal.script.DirectoryScripts;
import io.loquent.core.internal.script.LoadedRevision;
import io.loquent.core.internal.script.Repeatable;
import io.loquent.core.internal.script.ScriptSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** The data source's JDBC URL, read once, when the dialect is first wanted. */
    private volatile String dataSourceUrl;

    public Loquent(LoquentConfig config) {
        this.config = config;
    }

    /** A builder whose {@code load()} returns a {@link Loquent}. */
    public static LoquentConfig.Builder configure() {
        return LoquentConfig.builder();
    }

    public LoquentConfig config() {
        return config;
    }

    /**
     * The names of the dialects {@code loader} provides (for {@code --help}); a provider that cannot be loaded is
     * skipped with a warning that names its jar.
     */
    public static List<String> dialects(ClassLoader loader) {
        return Dialects.names(loader);
    }

    /** Applies revisions up to {@code target} ({@code head}, {@code heads}, an id or prefix, {@code +N}, …). */
    public MigrationResult upgrade(String target) {
        return migrate(target, true, false);
    }

    /**
     * As {@link #upgrade(String)}; with {@code resume}, a revision that did not finish in an earlier run on a database
     * that commits DDL as it goes skips the statements that had committed (checked against what it renders now) and
     * runs the rest. Without it, such a revision stops the run with a report of what had committed.
     */
    public MigrationResult upgrade(String target, boolean resume) {
        return migrate(target, true, resume);
    }

    /** Reverts revisions down to {@code target} ({@code base}, an id or prefix, {@code -N}, …). */
    public MigrationResult downgrade(String target) {
        return migrate(target, false, false);
    }

    /** As {@link #downgrade(String)}, resuming as {@link #upgrade(String, boolean)} does. */
    public MigrationResult downgrade(String target, boolean resume) {
        return migrate(target, false, resume);
    }

    private MigrationResult migrate(String target, boolean up, boolean resume) {
        Loaded loaded = loaded();
        RevisionGraph graph = loaded.graph();
        Dialect dialect = dialect();
        List<String> warnings = new ArrayList<>();
        Engine engine = engine(dialect, new WarningsKept(config.listener(), warnings), () -> graph);
        java.util.concurrent.atomic.AtomicReference<Plan> planned = new java.util.concurrent.atomic.AtomicReference<>();
        try (Connection connection = connect()) {
            List<StepResult> steps = engine.migrate(connection, this::lockConnection, config.lockTimeout(), graph, state -> {
                planned.set(plan(graph, state.rows(), target, up));
                return planned.get();
            }, up && !config.ignoreChecksums(), resume, up ? loaded.repeatables() : List.of());
            Plan plan = planned.get();
            return new MigrationResult(plan.startRows().stream().sorted().toList(),
                    plan.endRows().stream().sorted().toList(), steps, warnings);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The configured listener, with the run's warnings also kept for its result. */
    private record WarningsKept(MigrationListener listener, List<String> warnings) implements MigrationListener {
        @Override
        public void scriptsLoaded(int total, int compiled) {
            listener.scriptsLoaded(total, compiled);
        }

        @Override
        public void lockWaiting(String holder) {
            listener.lockWaiting(holder);
        }

        @Override
        public void statementWaiting(String blockers) {
            listener.statementWaiting(blockers);
        }

        @Override
        public void stepStarting(String path, String message, boolean upgrade) {
            listener.stepStarting(path, message, upgrade);
        }

        @Override
        public void stepFinished(StepResult result) {
            listener.stepFinished(result);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
            listener.warning(message);
        }
    }

    private static Plan plan(RevisionGraph graph, Set<String> rows, String target, boolean up) {
        Planner planner = new Planner(graph);
        return up ? planner.upgrade(rows, target) : planner.downgrade(rows, target);
    }

    /**
     * The SQL script for {@code range} ({@code [FROM:]TO}), without connecting: version-table creation when it starts
     * at base, each revision's statements with a comment and its version-table change, and BEGIN/COMMIT where the
     * dialect has transactional DDL. Each operation is rendered against the schema replayed from the history up to
     * it, so a dialect that must restate a table or a column (a SQLite rebuild, MySQL's MODIFY) knows it.
     */
    public String offlineSql(String range, boolean up) {
        Loaded loaded = loaded();
        RevisionGraph graph = loaded.graph();
        int colon = range.indexOf(':');
        if (!up && colon < 0) {
            throw new TargetException(range, "an offline downgrade needs the starting point: write FROM:TO, as head:base");
        }
        Planner planner = new Planner(graph);
        Set<String> from = colon < 0 ? Set.of() : planner.stampRows(Set.of(), range.substring(0, colon));
        String to = colon < 0 ? range : range.substring(colon + 1);
        StringBuilder out = new StringBuilder();
        Dialect dialect = dialect();
        String header = "Loquent " + Version.LOQUENT + ": " + (up ? "upgrade " : "downgrade ") + range + " for "
                + dialect.name() + ", from " + (from.isEmpty() ? "base" : String.join(", ", from));
        Replayed start = replay(dialect).of(Schema.EMPTY, upTo(graph, from));
        engine().write(plan(graph, from, to, up), out, start, up && from.isEmpty(), header,
                up ? loaded.repeatables() : List.of());
        return out.toString();
    }

    /** The plan from base to the version rows {@code rows}: one upgrade per row, each from where the last left off. */
    private static Plan upTo(RevisionGraph graph, Set<String> rows) {
        List<Step> steps = new ArrayList<>();
        Set<String> at = Set.of();
        for (String row : rows) {
            Plan plan = plan(graph, at, row, true);
            steps.addAll(plan.steps());
            at = plan.endRows();
        }
        return new Plan(steps, Set.of(), at);
    }

    /**
     * The plan and the exact SQL that {@code upgrade}/{@code downgrade target} would run now, changing nothing: on
     * databases with transactional DDL it really runs inside a transaction that is rolled back, so a revision that
     * would fail fails here with the same message.
     */
    public String dryRun(String target, boolean up) {
        Loaded loaded = loaded();
        RevisionGraph graph = loaded.graph();
        Dialect dialect = dialect();
        Engine engine = engine(dialect);
        try (Connection connection = connect()) {
            Engine.State state = engine.read(connection, graph, false, false);
            StringBuilder out = new StringBuilder();
            StringBuilder header = new StringBuilder("Loquent " + Version.LOQUENT + ": dry run of "
                    + (up ? "upgrade " : "downgrade ") + target + " from " + (state.rows().isEmpty() ? "base"
                    : String.join(", ", state.rows())) + "; nothing was changed");
            Plan plan = plan(graph, state.rows(), target, up);
            if (up) { // what lint says of the revisions about to run, sized by the tables as they are
                lint(connection, graph, dialect, engine, state.rows(), plan)
                        .forEach(f -> header.append("\nlint: ").append(f.describe()));
            }
            engine.dryRun(connection, plan, out, header.toString(), up ? loaded.repeatables() : List.of());
            return out.toString();
        } catch (MigrationFailedException e) {
            int outcome = e.getMessage().lastIndexOf(". " + Failures.NOTHING_RAN);
            String what = outcome < 0 ? e.getMessage() : e.getMessage().substring(0, outcome);
            throw new MigrationFailedException("dry run: " + what + ". Nothing was changed; fix the script before running"
                    + " it", e.revision(), e.source(), e.statement(), e.sqlState(), e.vendorCode(), e.getCause());
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Moves the version table to {@code target} without running anything, and accepts the current checksums of the
     * revisions it now covers; {@code current} keeps the rows and only accepts the checksums. Rows of branches
     * unrelated to the target are kept; with {@code purge}, all existing rows are discarded first, even unknown ones.
     */
    public Set<String> stamp(String target, boolean purge) {
        RevisionGraph graph = graph();
        Planner planner = new Planner(graph);
        try (Connection connection = connect()) {
            return engine(dialect(), config.listener(), () -> graph).stamp(connection, this::lockConnection, config.lockTimeout(), graph, purge,
                    state -> target.equals("current") ? state.rows() : planner.stampRows(purge ? Set.of() : state.rows(), target),
                    (state, after) -> {
                        Set<String> covered = graph.ancestors(after);
                        Map<String, String> recorded = HistoryStore.appliedChecksums(state.history());
                        List<RevisionInfo> accept = new ArrayList<>();
                        for (String id : graph.order()) {
                            RevisionInfo info = graph.get(id).info();
                            if (covered.contains(id) && !info.checksum().equals(recorded.get(id))) {
                                accept.add(info);
                            }
                        }
                        return accept;
                    });
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Applied scripts that have changed since; empty when all match. */
    public List<ChecksumMismatchException.Mismatch> check() {
        RevisionGraph graph = graph();
        Engine engine = engine();
        try (Connection connection = connect()) {
            return engine.mismatches(graph, engine.read(connection, graph, false));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * How the schema has changed outside Loquent since the last run: the snapshot that run recorded, compared with
     * the catalogue now, object by object. Reads only.
     */
    public DriftReport drift() {
        Dialect dialect = dialect();
        Engine engine = engine(dialect);
        try (Connection connection = connect()) {
            Optional<Snapshot> snapshot = engine.snapshot(connection);
            Schema now;
            try {
                now = engine.reflect(connection, snapshot.map(Snapshot::schema).orElse(Schema.EMPTY));
            } catch (io.loquent.api.dialect.NotSupportedException e) {
                return DriftReport.unavailable("the " + dialect.name() + " dialect cannot read the schema from the"
                        + " database's catalogue");
            }
            if (snapshot.isEmpty()) {
                return new DriftReport(null, List.of());
            }
            String since = snapshot.get().since();
            return new DriftReport(since, Drift.between(snapshot.get().schema(), now, dialect).stream()
                    .map(d -> d + " " + since).toList());
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Accepts the schema as it is now: records it as the snapshot later checks compare with, and a history row
     * ({@code drift}) that lists what had drifted. Takes the migration lock.
     *
     * @return what had drifted and is now accepted; empty when nothing had
     */
    public List<String> acceptDrift() {
        RevisionGraph graph = graph();
        List<String> accepted = drift().findings();
        try (Connection connection = connect()) {
            engine(dialect(), config.listener(), () -> graph).acceptDrift(connection, this::lockConnection, config.lockTimeout(), graph, accepted);
            return accepted;
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * How the database differs from the configured entity model, one line each; empty when they match. The database
     * must be at head, so that the differences are the model's and not revisions yet to run.
     *
     * @throws ConfigurationException when no model is configured or it cannot be read
     * @throws TargetException        when the database is not at head
     */
    public List<SchemaDifference> compareModels() {
        return differences(modelChanges(graph(), dialect()));
    }

    /**
     * The differences autogenerate would find from {@code database} to {@code model}, compared as this
     * configuration's dialect reads a catalogue back (its {@code reflectedType}, its expressions) and with this
     * configuration's model settings. Never connects: for checking that a schema replayed from the revisions
     * ({@link #schemaAt(String)}) is the one the database reflects, where empty means no difference.
     */
    public List<SchemaDifference> compare(Schema model, Schema database) {
        return differences(differ(dialect()).compare(MappedModel.of(model), database));
    }

    private static List<SchemaDifference> differences(List<Change> changes) {
        return changes.stream().map(c -> new SchemaDifference(c.summary(), c.note(), !c.upgrade().isEmpty())).toList();
    }

    /** The changes from the database (at head) to the model, the model read first so that no connection waits on it. */
    private List<Change> modelChanges(RevisionGraph graph, Dialect dialect) {
        MappedModel model = Models.read(config.models(), config.classLoader(), dialect, modelDatabase(dialect),
                naming(dialect));
        Engine engine = engine(dialect, config.listener(), () -> graph);
        try (Connection connection = connect()) {
            Set<String> at = engine.read(connection, graph, false, false).rows();
            Set<String> heads = new HashSet<>(graph.heads());
            if (!at.equals(heads)) {
                throw new TargetException("head", "the database is at " + (at.isEmpty() ? "base" : String.join(", ", at))
                        + ", not at head (" + (heads.isEmpty() ? "base" : String.join(", ", heads)) + "): the entity"
                        + " model is compared with a database at head. Run 'loquent upgrade head' first");
            }
            Schema database = engine.reflect(connection, model.schema());
            return differ(dialect).compare(model, database);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * The database the JPA provider will see, by the dialect's name, with one distinction the dialect does not make:
     * MariaDB's driver reports MariaDB, whose JPA platform has sequences where MySQL's has none. The model is read
     * before any connection, so the URL's scheme decides.
     */
    private String modelDatabase(Dialect dialect) {
        return config.url() != null && config.url().startsWith("jdbc:mariadb:") ? "mariadb" : dialect.name();
    }

    /**
     * The schema at {@code target} ({@code head}, a revision, a label…), computed by replaying the revisions from
     * base without a database.
     *
     * @throws io.loquent.api.LoquentException when an operation cannot apply to the schema so far (a column dropped
     *                                         that is not there), naming the revision
     */
    public Schema schemaAt(String target) {
        RevisionGraph graph = graph();
        return replay(dialect()).of(Schema.EMPTY, plan(graph, Set.of(), target, true)).schema();
    }

    /**
     * The schema at {@code target} as the DSL statements that build it (what {@code loquent schema} prints): tables
     * in foreign-key order, each with its indexes.
     */
    public String schemaSource(String target) {
        return schemaSource(schemaAt(target));
    }

    /**
     * The schema the database holds now, read from its catalogue, without Loquent's own version and history tables.
     * Where it holds what the history has built up to the database's version rows, it is spelled as the history
     * spells it (a check PostgreSQL keeps as {@code (score >= (0)::numeric)} is the {@code score >= 0} the revision
     * wrote, a SQLite {@code VARCHAR(36)} is the {@code uuid()} declared) and ordered as the history orders it, so
     * that it prints as {@link #schemaAt(String)} does and only real differences show: anything the comparison of
     * autogenerate would report keeps the catalogue's spelling. A database at base, or with revisions the scripts
     * do not declare, comes as the catalogue has it.
     *
     * @throws ConfigurationException when the URL names a SQLite file that does not exist
     */
    public Schema liveSchema() {
        Urls.missingSqliteFile(config.url()).ifPresent(file -> {
            throw new ConfigurationException("database file '" + file + "' does not exist, so there is no live schema to"
                    + " read (reading would create an empty database). Give the URL of the database with --url or 'url'"
                    + " in loquent.properties");
        });
        Dialect dialect = dialect();
        try (Connection connection = connect()) {
            // The rows first, so that the scripts are compiled only for a database that has a history.
            Engine engine = engine(dialect);
            Set<String> rows = engine.read(connection, RevisionGraph.of(List.of()), true, false).rows();
            RevisionGraph graph = rows.isEmpty() ? null : config.scriptsFolder() != null
                    && !Files.isDirectory(config.scriptsFolder()) ? RevisionGraph.of(List.of()) : graph();
            if (graph == null || !rows.stream().allMatch(graph::contains)) {
                return rows.isEmpty() ? dialect.reflect(connection, engine.ownTables()) : engine.reflect(connection);
            }
            Schema history = replay(dialect).of(Schema.EMPTY, upTo(graph, rows)).schema();
            // the schemas of the tables at the database's rows as well as at head, so that both show
            return new Spelling(dialect).of(engine.reflect(connection, history), history);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * {@code schema} as the DSL statements that build it from nothing, tables in foreign-key order, each with its
     * indexes: the form of {@link #schemaSource(String)}, for any schema, such as {@link #liveSchema()}.
     */
    public String schemaSource(Schema schema) {
        return new DslWriter(naming(dialect())).statements(new CatalogueBuild(schema).changes());
    }

    /**
     * {@code schema} as the dialect's DDL that builds it from nothing, in the order of {@link #schemaSource(Schema)}:
     * each statement ends with {@code ;}, so the text runs when piped into the database's own shell. Never connects.
     */
    public String schemaSql(Schema schema) {
        return new SqlWriter(dialect()).statements(new CatalogueBuild(schema).changes());
    }

    /** The version rows, each with its script; empty at base. */
    public List<CurrentRevision> current() {
        RevisionGraph graph = graph();
        try (Connection connection = connect()) {
            Set<String> heads = new HashSet<>(graph.heads());
            List<CurrentRevision> result = new ArrayList<>();
            for (String id : engine().read(connection, graph, false, false).rows()) {
                result.add(new CurrentRevision(id, heads.contains(id), graph.get(id).info()));
            }
            return result;
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Every revision and where the database stands with it, base first (Flyway's {@code info}): applied (when),
     * pending or unfinished, and whether its script changed since it was applied. Reads only.
     */
    public List<RevisionStatus> info() {
        RevisionGraph graph = graph();
        Engine engine = engine();
        try (Connection connection = connect()) {
            Engine.State state = engine.read(connection, graph, false);
            Set<String> applied = graph.ancestors(state.rows());
            Set<String> unfinished = engine.unfinished(state);
            Set<String> changed = new HashSet<>();
            engine.mismatches(graph, state).forEach(m -> changed.add(m.revision()));
            Map<String, java.time.LocalDateTime> appliedAt = new java.util.HashMap<>();
            for (HistoryEntry e : state.history()) {
                if (e.success() && (e.direction().equals("up") || e.direction().equals("stamp"))) {
                    appliedAt.put(e.revision(), e.startedAt());
                }
            }
            List<RevisionStatus> result = new ArrayList<>();
            for (String id : graph.order()) {
                RevisionStatus.State s = applied.contains(id) ? RevisionStatus.State.APPLIED
                        : unfinished.contains(id) ? RevisionStatus.State.UNFINISHED : RevisionStatus.State.PENDING;
                result.add(new RevisionStatus(graph.get(id).info(), s,
                        s == RevisionStatus.State.APPLIED ? appliedAt.get(id) : null, changed.contains(id)));
            }
            return result;
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * The repeatable revisions, in the order an upgrade runs them, each with whether the next {@code upgrade} runs it:
     * never run here, changed since it last ran (its checksum differs from its last successful {@code repeat} row's),
     * or current. Reads only.
     */
    public List<RepeatableStatus> repeatables() {
        Loaded loaded = loaded();
        if (loaded.repeatables().isEmpty()) {
            return List.of();
        }
        try (Connection connection = connect()) {
            List<HistoryEntry> history = engine().read(connection, loaded.graph(), true).history();
            Map<String, String> checksums = HistoryStore.repeatedChecksums(history);
            Map<String, java.time.LocalDateTime> lastRun = new java.util.HashMap<>();
            history.stream().filter(e -> e.success() && e.direction().equals("repeat"))
                    .forEach(e -> lastRun.put(e.revision(), e.startedAt()));
            return loaded.repeatables().stream().sorted(java.util.Comparator.comparing(Repeatable::name))
                    .map(r -> new RepeatableStatus(r.name(), r.message(), r.source(),
                            !checksums.containsKey(r.name()) ? RepeatableStatus.State.PENDING
                                    : r.checksum().equals(checksums.get(r.name())) ? RepeatableStatus.State.CURRENT
                                    : RepeatableStatus.State.CHANGED, lastRun.get(r.name())))
                    .toList();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The revisions {@code upgrade("heads")} would run now, in the order it would run them; empty at head. */
    public List<RevisionInfo> pending() {
        RevisionGraph graph = graph();
        if (graph.size() == 0) {
            return List.of();
        }
        try (Connection connection = connect()) {
            Set<String> rows = engine().read(connection, graph, false, false).rows();
            return plan(graph, rows, "heads", true).steps().stream().map(s -> s.revision().info()).toList();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Lint of the revisions {@code upgrade("heads")} would run now: each operation checked against the schema the
     * history builds up to it and the rows its table holds in the database (a table with many rows makes a locking
     * change an error). Reads only.
     */
    public List<LintFinding> lint() {
        RevisionGraph graph = graph();
        Dialect dialect = dialect();
        Engine engine = engine(dialect, config.listener(), () -> graph);
        try (Connection connection = connect()) {
            Set<String> rows = engine.read(connection, graph, false, false).rows();
            return lint(connection, graph, dialect, engine, rows,
                    graph.size() == 0 ? new Plan(List.of(), rows, rows) : plan(graph, rows, "heads", true));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The findings of {@code plan} from the version rows {@code rows}, sized by the tables of {@code connection}. */
    private List<LintFinding> lint(Connection connection, RevisionGraph graph, Dialect dialect, Engine engine,
                                   Set<String> rows, Plan plan) throws SQLException {
        Schema start = replay(dialect).of(Schema.EMPTY, upTo(graph, rows)).schema();
        Set<String> tables = new HashSet<>();
        try {
            tables.addAll(engine.reflect(connection, start).tableNames());
        } catch (io.loquent.api.dialect.NotSupportedException e) {
            // no catalogue to read: sizes stay unknown, as offline
        }
        Map<String, java.util.OptionalLong> counted = new java.util.HashMap<>();
        java.util.function.Function<String, java.util.OptionalLong> count = table -> counted.computeIfAbsent(
                table, t -> {
                    if (!tables.contains(t)) {
                        return java.util.OptionalLong.empty();
                    }
                    try {
                        return java.util.OptionalLong.of(dialect.rows(connection, t));
                    } catch (SQLException e) {
                        return java.util.OptionalLong.empty();
                    }
                });
        return new Linter(dialect.name(), replay(dialect), count, config.lint(),
                java.util.OptionalInt.of(connection.getMetaData().getDatabaseMajorVersion())).lint(start, plan);
    }

    /**
     * Lint of {@code range} ({@code [FROM:]TO}, as {@link #offlineSql} takes it) without a database: each operation
     * checked against the replayed schema; sizes are unknown, so changes that hurt large tables are warnings.
     */
    public List<LintFinding> lintOffline(String range) {
        RevisionGraph graph = graph();
        Dialect dialect = dialect();
        int colon = range.indexOf(':');
        Set<String> from = colon < 0 ? Set.of()
                : new Planner(graph).stampRows(Set.of(), range.substring(0, colon));
        String to = colon < 0 ? range : range.substring(colon + 1);
        Schema start = replay(dialect).of(Schema.EMPTY, upTo(graph, from)).schema();
        return new Linter(dialect.name(), replay(dialect), table -> java.util.OptionalLong.empty(),
                config.lint()).lint(start, plan(graph, from, to, true));
    }

    /** The rows of the history table, oldest first. */
    public List<HistoryEntry> appliedHistory() {
        RevisionGraph graph = graph();
        try (Connection connection = connect()) {
            return engine().read(connection, graph, true).history();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The heads of the revision graph. */
    public List<RevisionDetail> heads() {
        RevisionGraph graph = graph();
        return graph.heads().stream().map(id -> detail(graph, id)).toList();
    }

    /** The revisions with more than one child. */
    public List<RevisionDetail> branches() {
        RevisionGraph graph = graph();
        return graph.order().stream().filter(id -> graph.children(id).size() > 1).map(id -> detail(graph, id)).toList();
    }

    /** One revision: a full id, unique prefix, label, {@code head}, or any target that names one revision. */
    public RevisionDetail show(String reference) {
        RevisionGraph graph = graph();
        Set<String> position = new Planner(graph).resolve(reference);
        if (position.size() != 1) {
            throw new TargetException(reference, "'" + reference + "' names " + position.size()
                    + " revisions. Name one revision");
        }
        return detail(graph, position.iterator().next());
    }

    /** Every revision, newest first. */
    public List<RevisionDetail> history() {
        return history(null);
    }

    /** The revisions of a range such as {@code a:b}, {@code -3:} or {@code current:head}, newest first. */
    public List<RevisionDetail> history(String range) {
        RevisionGraph graph = graph();
        Set<String> current = Set.of();
        if (Ranges.needsCurrent(range)) {
            try (Connection connection = connect()) {
                current = engine().read(connection, graph, false, false).rows();
            } catch (SQLException e) {
                throw databaseError(e);
            }
        }
        return new Ranges(graph).select(range, current).stream().map(id -> detail(graph, id)).toList();
    }

    private static RevisionDetail detail(RevisionGraph graph, String id) {
        return new RevisionDetail(graph.get(id).info(), graph.children(id), graph.labelsOf(id));
    }

    /** Writes a new revision file on top of the current head and returns its path. */
    public Path revision(String message, String revisionId) {
        return revision(new RevisionRequest(message, revisionId, null, false, List.of(), List.of()));
    }

    /** Writes a new revision file as the request says and returns its path. */
    public Path revision(RevisionRequest request) {
        return newRevision(request, false);
    }

    /**
     * Writes a new {@code .sql} revision file as the request says, with its header and empty upgrade and downgrade
     * sections, and returns its path.
     */
    public Path sqlRevision(RevisionRequest request) {
        return newRevision(request, true);
    }

    /**
     * Writes a new repeatable revision, {@code repeatable_NAME.sql} in the scripts folder, with its header and an
     * empty body, and returns its path.
     */
    public Path repeatableRevision(String name, String message) {
        Loaded loaded = Files.isDirectory(scriptsFolderForWriting()) ? loaded()
                : new Loaded(RevisionGraph.of(List.of()), List.of());
        return Authoring.writeRepeatable(loaded.graph(), loaded.repeatables(), config.scriptsFolder(), name,
                message == null ? "" : message);
    }

    private Path newRevision(RevisionRequest request, boolean sql) {
        RevisionGraph graph = existingGraph();
        List<String> down = Authoring.parents(graph, request);
        List<String> dependsOn = request.dependsOn().stream().map(graph::resolve).toList();
        return sql ? Authoring.writeSql(graph, config.scriptsFolder(), request.revisionId(), down,
                request.branchLabels(), dependsOn, request.message())
                : Authoring.write(graph, config.scriptsFolder(), request.revisionId(), down, request.branchLabels(),
                dependsOn, request.message());
    }

    /**
     * Compares the configured entity model with the database (at head) and, when they differ, writes a revision on
     * top of the head whose {@code upgrade} makes the database match and whose {@code downgrade} undoes it, in the
     * DSL as a person would write it. Nothing is written when they match.
     *
     * @return the file written (none when nothing differs) and the differences found
     */
    public Autogenerated autogenerate(RevisionRequest request) {
        RevisionGraph graph = existingGraph();
        Dialect dialect = dialect();
        return written(graph, request, dialect, modelChanges(graph, dialect), List.of());
    }

    /**
     * As {@link #autogenerate}, without a database: the model is compared with the schema replayed from the history
     * up to the new revision's parents, so the file is the one autogenerate writes against a database at those
     * revisions. The dialect comes from the URL or the {@code dialect} setting; nothing connects. Where raw SQL in
     * the history names a table the model also has, the replay may not know what that SQL did: the result's
     * {@link Autogenerated#cautions} say which.
     */
    public Autogenerated autogenerateOffline(RevisionRequest request) {
        RevisionGraph graph = existingGraph();
        Dialect dialect = dialect();
        MappedModel model = Models.read(config.models(), config.classLoader(), dialect, modelDatabase(dialect),
                naming(dialect));
        Replayed replayed = replay(dialect).of(Schema.EMPTY,
                upTo(graph, new LinkedHashSet<>(Authoring.parents(graph, request))));
        List<String> cautions = new ArrayList<>();
        for (Table table : replayed.schema().tables()) {
            if (model.schema().table(table.name()).isPresent()) {
                replayed.rawSql().stream().filter(sql -> sql.mentions(table.name())).reduce((a, b) -> b)
                        .ifPresent(sql -> cautions.add(sql.caution(table.name()) + "; it was compared as the"
                                + " operations left it: check this table with 'loquent check' against a database"));
            }
        }
        return written(graph, request, dialect, differ(dialect).compare(model, ReadBack.of(replayed.schema(), dialect)),
                cautions);
    }

    private Differ differ(Dialect dialect) {
        ModelSettings settings = config.models();
        return new Differ(dialect, settings.renames(), new TableFilter(settings.include(), settings.exclude()));
    }

    /** Writes the revision for {@code changes}, unless there are none, and checks that it compiles. */
    private Autogenerated written(RevisionGraph graph, RevisionRequest request, Dialect dialect, List<Change> changes,
                                  List<String> cautions) {
        List<String> down = Authoring.parents(graph, request);
        List<String> dependsOn = request.dependsOn().stream().map(graph::resolve).toList();
        if (changes.isEmpty()) {
            return new Autogenerated(null, List.of(), cautions, List.of());
        }
        Path file = Authoring.write(graph, config.scriptsFolder(), request.revisionId(), down, request.branchLabels(),
                dependsOn, request.message(), new DslWriter(naming(dialect)).write(changes));
        RevisionGraph fresh;
        try {
            fresh = graph(); // compiles the new file (and caches it for the upgrade that follows)
        } catch (ScriptException e) {
            deleteQuietly(file);
            throw new ScriptException("the generated revision " + file.getFileName() + " did not compile, so it was"
                    + " not kept: " + e.problems().get(0), "This is a bug in Loquent's autogenerate; please report it"
                    + " with the entities involved", e);
        }
        return new Autogenerated(file, differences(changes), cautions, lintWritten(fresh, dialect, down, file));
    }

    /** What lint says of the revision just written at {@code file}, on top of {@code parents}, without sizes. */
    private List<LintFinding> lintWritten(RevisionGraph graph, Dialect dialect, List<String> parents, Path file) {
        Path written = file.toAbsolutePath().normalize();
        String id = graph.order().stream().filter(i -> Path.of(graph.get(i).info().source()).toAbsolutePath()
                .normalize().equals(written)).findFirst().orElse(null);
        if (id == null) {
            return List.of();
        }
        Set<String> from = new LinkedHashSet<>(parents);
        Schema start = replay(dialect).of(Schema.EMPTY, upTo(graph, from)).schema();
        return new Linter(dialect.name(), replay(dialect), table -> java.util.OptionalLong.empty(),
                config.lint()).lint(start, plan(graph, from, id, true));
    }

    /**
     * Writes the database's schema as the first revision of a new history, so that a database made by hand, or by
     * Flyway or Liquibase, can be adopted: its {@code upgrade} builds every table (Loquent's own excluded) in
     * foreign-key order with its keys, checks and indexes, and its {@code downgrade} drops them all in reverse. The
     * revision is a base. Rows are not copied. Run {@code stamp head} afterwards, so that the database records it as
     * applied without running it.
     *
     * @param revisionId the id, or null for a random one
     * @return the file written, checked to compile
     * @throws ConfigurationException when the scripts folder already holds revisions (the history has begun, and the
     *                                database is adopted only into an empty one), or the database holds no tables
     */
    public Path revisionFromDatabase(String message, String revisionId) {
        RevisionGraph graph = existingGraph();
        if (graph.size() > 0) {
            throw new ConfigurationException("the scripts folder '" + config.scriptsFolder() + "' already holds "
                    + graph.size() + (graph.size() == 1 ? " revision" : " revisions") + " (head "
                    + String.join(", ", graph.heads()) + "), and a revision from the database starts a history. Adopt"
                    + " the database into an empty scripts folder, or record a change made by hand on top of the"
                    + " head with 'loquent revision -m MESSAGE' or 'loquent revision --autogenerate -m MESSAGE'");
        }
        Schema live = liveSchema();
        if (live.tables().isEmpty() && live.sequences().isEmpty()) {
            throw new ConfigurationException("database " + (config.url() != null ? Urls.redact(config.url())
                    : "of the configured DataSource") + " holds no tables besides Loquent's own, so there is nothing"
                    + " to adopt. Check the URL (and, on PostgreSQL, the schema it names); for a new database, write a"
                    + " revision with 'loquent revision -m MESSAGE'");
        }
        CatalogueBuild build = new CatalogueBuild(live);
        Path file = Authoring.write(graph, config.scriptsFolder(), revisionId, List.of(), List.of(), List.of(), message,
                new DslWriter(naming(dialect())).write(build.changes()));
        try {
            graph(); // compiles the new file, as stamp and upgrade will
        } catch (ScriptException e) {
            deleteQuietly(file);
            throw new ScriptException("the revision written from the database, " + file.getFileName() + ", did not"
                    + " compile, so it was not kept: " + e.problems().get(0), "This is a bug in Loquent; please report"
                    + " it with the schema involved ('loquent schema --live --sql')", e);
        }
        build.omissions().forEach(o -> config.listener().warning("the revision " + file.getFileName() + " does not"
                + " build all of the database: " + o));
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // The compile error is what the user must see; a file left behind is named in it.
        }
    }

    /** Writes a merge revision whose parents are {@code revisions} (ids, prefixes, labels or {@code heads}). */
    public Path merge(String message, List<String> revisions, String revisionId) {
        RevisionGraph graph = existingGraph();
        return Authoring.write(graph, config.scriptsFolder(), revisionId, Authoring.mergeParents(graph, revisions),
                List.of(), List.of(), message);
    }

    /**
     * Writes {@code loquent.properties} and an empty {@code migrations/} folder into {@code folder}.
     *
     * @return the configuration file written
     */
    public static Path init(Path folder) {
        return Authoring.init(folder, LoquentConfig.DEFAULT_URL, LoquentConfig.DEFAULT_VERSION_TABLE);
    }

    private RevisionGraph existingGraph() {
        return Files.isDirectory(scriptsFolderForWriting()) ? graph() : RevisionGraph.of(List.of());
    }

    private Path scriptsFolderForWriting() {
        if (config.scriptsFolder() == null) {
            throw new ConfigurationException("new revisions are written to a scripts folder, but scripts come from the"
                    + " class path here; set 'scripts' to a folder");
        }
        return config.scriptsFolder();
    }

    private RevisionGraph graph() {
        return loaded().graph();
    }

    /** The revision graph of the scripts, and their repeatable revisions (outside the graph). */
    private record Loaded(RevisionGraph graph, List<Repeatable> repeatables) {
    }

    private Loaded loaded() {
        ScriptSource source = scriptSource();
        List<LoadedRevision> revisions = source.load();
        config.listener().scriptsLoaded(revisions.size(), source.compiledCount());
        RevisionGraph graph = RevisionGraph.of(revisions);
        for (Repeatable r : source.repeatables()) {
            if (graph.contains(r.name())) { // the history's revision column would mix the two
                throw new ScriptException(List.of(r.source() + ": the repeatable '" + r.name() + "' has the id of"
                        + " revision " + r.name() + " (" + graph.get(r.name()).info().source() + ")"),
                        "Rename the repeatable");
            }
        }
        return new Loaded(graph, source.repeatables());
    }

    private ScriptSource scriptSource() {
        if (config.scriptsPackage() != null) {
            return ClasspathScripts.ofPackage(config.scriptsPackage(), config.classLoader());
        }
        if (!config.scriptClasses().isEmpty()) {
            return ClasspathScripts.ofClasses(config.scriptClasses());
        }
        String salt = Version.LOQUENT + "/" + Runtime.version().feature();
        return new DirectoryScripts(config.scriptsFolder(), new CompileCache(config.cacheFolder(), salt), this::dialect,
                config.listener()::warning);
    }

    /**
     * The dialect this configuration runs with: the one named by the {@code dialect} setting, or else the one that
     * {@link java.util.ServiceLoader} finds for the URL (with a data source, the URL its connection reports). For
     * tools built on Loquent that need what the dialect reads, renders or quotes, such as the test kit and the
     * dialect contract kit.
     *
     * @throws DialectNotFoundException when no dialect serves the URL
     */
    public Dialect dialect() {
        if (config.dialect() != null) {
            return Dialects.named(config.dialect(), config.classLoader());
        }
        if (config.url() != null) {
            return Dialects.forUrl(config.url(), config.classLoader());
        }
        String url = dataSourceUrl;
        if (url == null) {
            // Asked once: a command that holds a connection of a pool of one could not get a second to ask with.
            try (Connection c = config.dataSource().getConnection()) {
                url = c.getMetaData().getURL();
            } catch (SQLException e) {
                throw databaseError(e);
            }
            dataSourceUrl = url;
        }
        return Dialects.forUrl(url, config.classLoader());
    }

    /** The replay of the history as this database builds it (where it places an added column). */
    private Replay replay(Dialect dialect) {
        return new Replay(naming(dialect), dialect.placesColumns());
    }

    private NamingConvention naming(Dialect dialect) {
        return NamingConvention.of(config.naming(), dialect.maxIdentifierLength());
    }

    private Engine engine() {
        return engine(dialect());
    }

    private Engine engine(Dialect dialect) {
        return engine(dialect, config.listener());
    }

    private Engine engine(Dialect dialect, MigrationListener listener) {
        return engine(dialect, listener, this::graph);
    }

    /** An engine whose reflection reads the schemas of {@code graph}'s tables, loaded only if it reads one. */
    private Engine engine(Dialect dialect, MigrationListener listener, java.util.function.Supplier<RevisionGraph> graph) {
        return new Engine(dialect, naming(dialect), listener, config.versionTable(), config.historyTable(),
                config.lock() == LoquentConfig.Lock.DIALECT, () -> historySchemas(dialect, graph));
    }

    /**
     * The schemas the tables of the history live in ({@code app} of {@code app.items}), which reflection reads besides
     * the default one ({@link Replay#schemas}); none when a script cannot be recorded (reflection then reads the
     * default schema, as without schemas).
     */
    private Set<String> historySchemas(Dialect dialect, java.util.function.Supplier<RevisionGraph> scripts) {
        try {
            RevisionGraph graph = scripts.get();
            return graph.heads().isEmpty() ? Set.of()
                    : new Replay(naming(dialect)).schemas(plan(graph, Set.of(), "heads", true));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * A new connection to the configured database, opened as every command opens one (the data source's, or the URL's
     * with what the dialect adds to it); the caller closes it. For tools built on Loquent, such as the test kit's
     * seeding of rows at a revision.
     */
    public Connection openConnection() {
        return connect();
    }

    /**
     * The connection that holds the migration lock beside the run's own. A pool of one cannot give it while the run
     * holds the first: that is said at once instead of after the pool's timeout.
     */
    private Connection lockConnection() {
        if (config.dataSource() != null) {
            Pools.maximumSize(config.dataSource()).ifPresent(size -> {
                if (size < 2) {
                    throw new ConfigurationException("the DataSource is a pool of at most " + size + " connection,"
                            + " and a run needs two at once: its own and one that holds the migration lock. Allow"
                            + " the pool two connections, or run without the lock (lock(LoquentConfig.Lock.NONE))"
                            + " if only one deployer ever migrates this database");
                }
            });
        }
        return connect();
    }

    private Connection connect() {
        try {
            if (config.dataSource() != null) {
                Connection connection = config.dataSource().getConnection();
                if (dataSourceUrl == null) {
                    dataSourceUrl = connection.getMetaData().getURL(); // so that dialect() needs no second one
                }
                return connection;
            }
            if (config.url() == null) {
                throw new ConfigurationException("this needs the database, and only a dialect ('" + config.dialect()
                        + "') is configured: give Loquent.configure() a url(\"jdbc:...\") or a dataSource(ds)");
            }
            Dialect dialect = dialect();
            String url = Dialects.connectionUrl(dialect, config.url(), config.classLoader());
            return Drivers.connect(url, config.user(), config.password(), config.classLoader(), dialect.driverClass(url));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    private DatabaseException databaseError(SQLException e) {
        String where = config.url() != null ? Urls.redact(config.url()) : "the configured DataSource";
        String advice = e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
                ? "Add the JDBC driver for this database to the class path"
                : "Check the URL, user and password, and that the database is running";
        // Drivers echo parts of the URL, the password with them: neither the message nor the cause may carry it.
        return new DatabaseException("cannot use database " + where + ": "
                + config.redact(Failures.sentence(e.getMessage())) + ". " + advice, Urls.scrubbed(e, config::redact));
    }
}
