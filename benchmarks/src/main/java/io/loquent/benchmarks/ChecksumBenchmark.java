package io.loquent.benchmarks;

import io.loquent.core.ChecksumMismatchException;
import io.loquent.core.HistoryEntry;
import io.loquent.core.MigrationListener;
import io.loquent.core.Version;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.run.Engine;
import io.loquent.core.internal.script.LoadedRevision;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The checksum check that every {@code upgrade} runs before planning ({@code Engine.mismatches}), on a database
 * at head whose history table holds one {@code up} row per revision. Pure: the history is built in memory, so this
 * measures the check and not the database. Two sizes by default, to show how its time grows with the history.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChecksumBenchmark {
    @Param({"1000", "10000"})
    int revisions;

    @Param("100")
    int branches;

    private Engine engine;
    private RevisionGraph graph;
    private Engine.State state;

    @Setup
    public void setUp() {
        GeneratedHistory history = GeneratedHistory.of(revisions, branches);
        graph = RevisionGraph.of(history.revisions());
        SqliteDialect dialect = new SqliteDialect();
        engine = new Engine(dialect, NamingConvention.defaults(dialect.maxIdentifierLength()), MigrationListener.NONE,
                "loquent_version", "loquent_history");
        List<HistoryEntry> rows = new ArrayList<>(revisions);
        LocalDateTime now = LocalDateTime.now();
        for (LoadedRevision r : history.revisions()) {
            rows.add(new HistoryEntry(rows.size() + 1, r.info().id(), "up", r.info().checksum(), r.info().message(),
                    now, 1, "bench", "bench", Version.LOQUENT, true, null));
        }
        state = new Engine.State(Set.of(history.head()), rows);
        if (!engine.mismatches(graph, state).isEmpty()) {
            throw new IllegalStateException("generated history should match its own checksums");
        }
    }

    /** What {@code upgrade head} checks on a database that is already at head. */
    @Benchmark
    public List<ChecksumMismatchException.Mismatch> checksumsAtHead() {
        return engine.mismatches(graph, state);
    }
}
