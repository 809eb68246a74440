package io.loquent.core.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.core.ConfigSources;
import io.loquent.core.ConfigurationException;
import io.loquent.core.Loquent;
import io.loquent.core.LoquentConfig;
import io.loquent.core.Scripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lock=none} for a dialect without a lock, and a dialect that locks with the API's lock row. */
class LockSettingTest {
    @TempDir
    Path dir;

    private ClassLoader plugins;

    @BeforeEach
    void scripts() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null,
                "op.createTable(\"t\", t -> t.column(\"id\", integer()));", "op.dropTable(\"t\");");
        plugins = ThirdPartySqlite.loader(dir);
    }

    private LoquentConfig.Builder using(String dialect) {
        return Loquent.configure().url("jdbc:sqlite:" + dir.resolve("t.db")).scripts(dir.resolve("migrations"))
                .classLoader(plugins).dialect(dialect);
    }

    @Test
    void aDialectWithoutALockIsRefusedWithTheWayOutAndRunsWithLockNone() {
        assertThatThrownBy(() -> using("lockless").load().upgrade("head")).isInstanceOf(NotSupportedException.class)
                .hasMessage("lockless cannot lock the database against concurrent runs: this dialect implements no"
                        + " migration lock. Set lock=none where only one deployer ever migrates this database, or have"
                        + " the dialect return TableLock.acquire(this, request) from lock()");
        Loquent loquent = using("lockless").lock(LoquentConfig.Lock.NONE).load();
        assertThat(loquent.upgrade("head")).hasSize(1);
        assertThat(loquent.downgrade("base")).hasSize(1);
        assertThat(loquent.stamp("head", false)).containsExactly("a1");
        assertThat(loquent.current()).extracting(r -> r.id()).containsExactly("a1");
    }

    @Test
    void lockNoneIsReadFromTheFileAndAnythingElseIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("loquent.properties");
        Files.writeString(file, "dialect=lockless\nlock=none\n");
        LoquentConfig config = ConfigSources.resolve(Map.of(), Map.of(), file, true).build();
        assertThat(config.lock()).isEqualTo(LoquentConfig.Lock.NONE);
        Files.writeString(file, "lock=dialect\n");
        assertThat(ConfigSources.resolve(Map.of(), Map.of(), file, true).build().lock())
                .isEqualTo(LoquentConfig.Lock.DIALECT);
        assertThat(LoquentConfig.builder().dialect("sqlite").build().lock()).isEqualTo(LoquentConfig.Lock.DIALECT);
        Files.writeString(file, "url=jdbc:sqlite:x.db\nlock=off\n");
        assertThatThrownBy(() -> ConfigSources.resolve(Map.of(), Map.of(), file, true))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("lock 'off' in configuration file '" + file + "' line 2 is neither 'dialect' nor 'none';"
                        + " give 'none' to run without the migration lock (one deployer), or leave it out");
    }

    @Test
    void aRowLockedDialectMigratesAndItsLockTableIsNoDrift() throws Exception {
        Loquent loquent = using("rowlocked").load();
        assertThat(loquent.upgrade("head")).hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM loquent_lock").getInt(1)).as("released").isZero();
        }
        assertThat(loquent.drift().drifted()).isFalse();
        assertThat(loquent.liveSchema().tables()).extracting(t -> t.name()).containsExactly("t");
    }

    @Test
    void aRunWaitsForTheRowOfAnotherRun() throws Exception {
        Loquent loquent = using("rowlocked").lockTimeout(java.time.Duration.ofSeconds(1)).load();
        loquent.current(); // the version table
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             var held = io.loquent.api.dialect.TableLock.acquire(new ThirdPartySqlite.RowLocked(),
                     new io.loquent.api.dialect.LockRequest(c, "loquent:loquent_version", java.time.Duration.ZERO,
                             s -> { }), ThirdPartySqlite.RowLocked.QUICK)) {
            assertThatThrownBy(() -> loquent.upgrade("head"))
                    .isInstanceOf(io.loquent.api.dialect.LockTimeoutException.class)
                    .hasMessageStartingWith("another Loquent run has held the migration lock for more than 1 s (held by"
                            + " pid ");
        }
        assertThat(loquent.upgrade("head")).hasSize(1);
    }
}
