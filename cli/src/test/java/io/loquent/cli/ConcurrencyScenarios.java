package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Concurrent runs as separate processes: eight processes upgrade the same database of twenty revisions at once, and
 * a run killed with kill -9 while holding the lock must not block the next one. Each database's IT calls these.
 */
final class ConcurrencyScenarios {
    private static final int PROCESSES = 8;
    private static final int REVISIONS = 20;

    /** The server databases live for the class: each test starts from an empty one. */
    static void reset(Connection c) throws Exception {
        try (java.sql.Statement st = c.createStatement()) {
            for (int i = REVISIONS; i >= 1; i--) {
                st.execute("DROP TABLE IF EXISTS chain_" + i);
            }
            st.execute("DROP TABLE IF EXISTS loquent_version");
            st.execute("DROP TABLE IF EXISTS loquent_history");
        }
    }

    private static String version(Connection c) {
        try {
            List<String> rows = rows(c, "SELECT version_num FROM loquent_version");
            return rows.isEmpty() ? "" : rows.get(0);
        } catch (Exception tableNotYetCreated) {
            return "";
        }
    }

    static Path project(Path dir, String url) throws Exception {
        Processes.writeChain(dir.resolve("migrations"), REVISIONS);
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nscripts=migrations\nlock_timeout=120\n");
        Processes.Outcome warm = Processes.run(dir, "heads");
        assertThat(warm.exit()).as(warm.output()).isZero();
        return dir;
    }

    static void eightAtOnce(Path dir, String url, Connection check) throws Exception {
        reset(check);
        Path project = project(dir, url);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            // Each revision takes 100 ms, so a run lasts two seconds and all eight overlap.
            running.add(Processes.start(project, Map.of("LOQUENT_TEST_SLOW_MS", "100"), "upgrade", "head"));
        }
        int applied = 0;
        for (Process p : running) {
            Processes.Outcome outcome = Processes.finish(p);
            assertThat(outcome.exit()).as(outcome.output()).isZero();
            applied += (int) outcome.output().lines().filter(l -> l.startsWith("Running upgrade")).count();
        }
        assertThat(applied).as("revisions applied across all processes").isEqualTo(REVISIONS);
        assertThat(rows(check, "SELECT revision FROM loquent_history WHERE direction = 'up' ORDER BY id"))
                .hasSize(REVISIONS).doesNotHaveDuplicates();
        assertThat(rows(check, "SELECT version_num FROM loquent_version")).containsExactly("c020");
    }

    static void killedHolderLeavesNoLock(Path dir, String url, Connection check) throws Exception {
        reset(check);
        Path project = project(dir, url);
        Process hanging = Processes.start(project, Map.of("LOQUENT_TEST_HANG", "1"), "upgrade", "head");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!version(check).equals("c004")) {
            assertThat(System.nanoTime()).as("the hanging run reaches revision 5").isLessThan(deadline);
            assertThat(hanging.isAlive()).as("the hanging run is alive").isTrue();
            Thread.sleep(100);
        }
        hanging.destroyForcibly().waitFor();
        Processes.Outcome outcome = Processes.run(project, "upgrade", "head");
        assertThat(outcome.exit()).as(outcome.output()).isZero();
        assertThat(rows(check, "SELECT version_num FROM loquent_version")).containsExactly("c020");
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private ConcurrencyScenarios() {
    }
}
