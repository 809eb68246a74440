package io.loquent.benchmarks;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.model.MappedModel;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.internal.diff.Change;
import io.loquent.core.internal.diff.Differ;
import io.loquent.core.internal.diff.Drift;
import io.loquent.core.internal.drift.Snapshot;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.run.SnapshotStore;
import io.loquent.core.internal.diff.TableFilter;
import io.loquent.testing.CountingConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #9's benchmark: reading a live schema of N tables through the dialect's {@code reflect}, alone and followed
 * by the {@link Differ}'s comparison with the model that built it, on a real PostgreSQL or MariaDB/MySQL server; and
 * the comparison alone, in memory. The target is under 2 s for 500 tables, each with a foreign key and two indexes
 * ({@link GeneratedSchema}), with a number of catalogue queries that does not depend on the number of tables.
 *
 * <p>The setup creates a scratch schema or database ({@link ScratchDatabase}), builds the tables with the statements
 * the dialect renders for the DSL's operations, and fails the run unless: the reflected schema has every table; the
 * comparison with the model is empty (a difference there is a reader or the differ seeing a change that is not
 * there); the comparison with the last table missing and a column widened finds exactly those two; and reflecting
 * issues the same number of statements at two tables as at N. That number is printed with the trial. On PostgreSQL
 * the catalogue's planner statistics are refreshed first ({@link ScratchDatabase#analyzeCatalogue}).
 *
 * <p>The three warm-up seconds cover pgjdbc's first five executions of each query (its {@code prepareThreshold}),
 * after which it prepares them on the server, so that every measured call runs in the same mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class SchemaCompareBenchmark {
    /** The table the setup records a snapshot in, left out of every reflection as runs leave it out. */
    private static final Set<String> OWN = Set.of("loquent_snapshot");
    /** Where the first catalogue-query count is taken: before the other tables exist. */
    private static final int FEW_TABLES = 2;

    @Param({"postgresql", "mysql"})
    public String database;

    @Param({"50", "500"})
    public int tables;

    private ScratchDatabase scratch;
    private Dialect dialect;
    private MappedModel model;
    private Differ differ;
    private Connection connection;
    private Schema reflected;
    private SnapshotStore snapshots;

    @Setup
    public void createSchema() throws SQLException {
        scratch = ScratchDatabase.create(database);
        try {
            build();
        } catch (RuntimeException | SQLException e) {
            // JMH runs no tear-down after a failed setup: drop the scratch database here.
            try {
                dropSchema();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Creates the tables, counts the catalogue queries at two and at N tables, and checks the comparison. */
    private void build() throws SQLException {
        dialect = scratch.dialect();
        GeneratedSchema schema = GeneratedSchema.of(tables, dialect);
        model = schema.model();
        differ = new Differ(dialect, true, TableFilter.ALL);
        List<Operation> few = GeneratedSchema.of(FEW_TABLES, dialect).operations();
        require(schema.operations().subList(0, few.size()).equals(few), "the first tables are not the same");
        connection = scratch.open();
        long started = System.nanoTime();
        scratch.executeInBulk(statements(few), 50);
        int queriesAtFew = catalogueQueries();
        scratch.executeInBulk(statements(schema.operations().subList(few.size(), schema.operations().size())), 50);
        System.out.printf("%n%s: %d tables created in %d ms%n", database, tables,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        scratch.analyzeCatalogue();
        int queries = catalogueQueries();
        System.out.printf("%s: reflect issued %d catalogue queries at %d tables and %d at %d tables%n", database,
                queriesAtFew, FEW_TABLES, queries, tables);
        require(queries == queriesAtFew, "the number of catalogue queries grows with the tables: " + queriesAtFew
                + " at " + FEW_TABLES + " tables, " + queries + " at " + tables);
        checkComparison();
        recordSnapshot();
    }

    /**
     * Records the reflected schema as a run does, in the snapshot table, and fails the run unless the drift against
     * it is empty and finds exactly an index dropped from a copy of the schema.
     */
    private void recordSnapshot() throws SQLException {
        snapshots = new SnapshotStore(dialect, "loquent_history", NamingConvention.defaults(dialect.maxIdentifierLength()));
        Snapshot snapshot = new Snapshot(List.of("bench"), LocalDateTime.now(), "upgrade", reflected);
        List<String> sql = new ArrayList<>(snapshots.createStatements(RenderContext.offline()));
        sql.addAll(dialect.render(snapshots.insert(snapshot), RenderContext.offline()));
        scratch.executeInBulk(sql, 50);
        System.out.printf("%s: the snapshot of %d tables is %d rows%n", database, tables, snapshot.lines().size());
        List<String> none = drift();
        require(none.isEmpty(), "drift between a schema and its own snapshot: " + none);
        String index = GeneratedSchema.name(1);
        Table first = reflected.table(index).orElseThrow();
        Index dropped = first.indexes().get(0);
        List<String> found = Drift.between(reflected, reflected.withTable(first.withoutIndex(dropped.name())), dialect);
        require(found.equals(List.of("index " + dropped.name() + " on " + index + " was dropped outside Loquent")),
                "with index " + dropped.name() + " dropped the drift found " + found);
    }

    /**
     * Fails the run unless the reflected schema is the model's, and unless the differ, given a schema with one
     * table missing and one column changed, finds exactly those two differences.
     */
    private void checkComparison() throws SQLException {
        reflected = reflect();
        require(reflected.tables().size() == tables, "reflected " + reflected.tables().size() + " tables");
        List<Change> changes = diff();
        require(changes.isEmpty(), changes.size() + " differences between the model and the schema it built:\n  "
                + changes.stream().map(Change::summary).collect(Collectors.joining("\n  ")));
        String first = GeneratedSchema.name(1);
        String last = GeneratedSchema.name(tables);
        Table widened = reflected.table(first).orElseThrow();
        Schema changed = reflected.withoutTable(last).withTable(widened.withColumn(new Column("email",
                new ColumnType(ColumnType.Kind.STRING, 300, null, null), true, false, null, null)));
        List<String> found = differ.compare(model, changed).stream().map(Change::summary).sorted().toList();
        require(found.size() == 2 && found.get(0).startsWith(first + ".email: length 255 in the model, 300")
                        && found.get(1).startsWith(last + ": table in the model"),
                "with " + last + " missing and " + first + ".email widened the differ found " + found);
    }

    private int catalogueQueries() throws SQLException {
        AtomicInteger executions = new AtomicInteger();
        dialect.reflect(CountingConnection.of(connection, executions), OWN);
        return executions.get();
    }

    private List<String> statements(List<Operation> operations) {
        List<String> sql = new ArrayList<>();
        for (Operation operation : operations) {
            sql.addAll(dialect.render(operation, RenderContext.offline()));
        }
        return sql;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("SchemaCompareBenchmark: " + what);
        }
    }

    @TearDown
    public void dropSchema() throws SQLException {
        try {
            if (connection != null) {
                connection.close();
            }
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    /** The dialect's bulk read of the whole schema. */
    @Benchmark
    public Schema reflect() throws SQLException {
        return dialect.reflect(connection, OWN);
    }

    /** The differ alone, in memory: the model against the schema reflected once in the setup. */
    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<Change> diff() {
        return differ.compare(model, reflected);
    }

    /**
     * What {@code check} does for drift: the last snapshot read from its table, the schema reflected, and the two
     * compared object by object.
     */
    @Benchmark
    public List<String> drift() throws SQLException {
        Schema then = snapshots.read(connection).orElseThrow().schema();
        return Drift.between(then, dialect.reflect(connection, OWN), dialect);
    }

    /** The snapshot a run records, in memory: the schema written as lines, and read back. */
    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Schema snapshotLines() {
        return Snapshot.of(new Snapshot(List.of("bench"), LocalDateTime.MIN, "upgrade", reflected).lines()).schema();
    }

    /** What autogenerate does: read the schema, then compare it with the model. */
    @Benchmark
    public List<Change> reflectAndDiff() throws SQLException {
        return differ.compare(model, dialect.reflect(connection, OWN));
    }
}
