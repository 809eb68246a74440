package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.schema.ColumnType;
import io.loquent.core.ConfigurationException;
import io.loquent.core.DialectNotFoundException;
import io.loquent.core.Loquent;
import io.loquent.core.LoquentConfig;
import io.loquent.core.Scripts;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the dialect: past broken third-party providers, and refusing a dialect that does not serve the URL. */
class DialectDiscoveryTest {
    @TempDir
    Path dir;

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getLogger("io.loquent.core.internal.run.Dialects");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** A third-party dialect for {@code jdbc:acme:} URLs, in standard SQL. */
    public static class Acme extends AnsiDialect {
        @Override
        public String name() {
            return "acme";
        }

        @Override
        public boolean acceptsUrl(String url) {
            return url.startsWith("jdbc:acme:");
        }

        @Override
        public IdentifierLimit maxIdentifierLength() {
            return IdentifierLimit.NONE;
        }

        @Override
        public String typeSql(ColumnType type) {
            return "TEXT";
        }
    }

    /** A third-party dialect that cannot be constructed. */
    public static final class Exploding extends Acme {
        public Exploding() {
            throw new IllegalStateException("no licence key");
        }
    }

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    /** The test class path plus a jar-like folder whose services file names {@code providers}. */
    private ClassLoader withProviders(String... providers) throws Exception {
        Path services = dir.resolve("plugin/META-INF/services/io.loquent.api.dialect.Dialect");
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugin").toUri().toURL()}, getClass().getClassLoader());
    }

    /** The test class path plus a plugin whose services file names a missing class and a failing one. */
    private ClassLoader withBrokenProviders() throws Exception {
        return withProviders("com.example.MissingDialect", Exploding.class.getName());
    }

    private LoquentConfig.Builder sqlite() {
        return Loquent.configure().url("jdbc:sqlite:" + dir.resolve("t.db")).scripts(dir.resolve("migrations"));
    }

    @Test
    void brokenProvidersAreSkippedWithOneWarningEachAndTheOthersServe() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, "op.createTable(\"t\", t -> t.column(\"id\", integer()));", "");
        Loquent loquent = sqlite().classLoader(withBrokenProviders()).load();
        loquent.upgrade("head");
        assertThat(loquent.current()).extracting(r -> r.id()).containsExactly("a1");
        assertThat(warnings).extracting(LogRecord::getMessage).contains(
                "skipping a broken dialect provider in " + dir.resolve("plugin") + ": Provider"
                        + " com.example.MissingDialect not found. Fix or remove it",
                "skipping a broken dialect provider in " + dir.resolve("plugin") + ": Provider "
                        + Exploding.class.getName() + " could not be instantiated (java.lang.IllegalStateException: no"
                        + " licence key). Fix or remove it");
        assertThat(warnings).hasSize(2)
                .allSatisfy(w -> assertThat(w.getLevel()).isEqualTo(java.util.logging.Level.WARNING));
    }

    @Test
    void whenNothingElseServesTheErrorNamesTheBrokenProviderAndWhy() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Loquent loquent = Loquent.configure().url("jdbc:acme://db").scripts(dir.resolve("migrations"))
                .classLoader(withBrokenProviders()).load();
        assertThatThrownBy(loquent::current).isInstanceOf(DialectNotFoundException.class)
                .hasMessageStartingWith("no dialect accepts the URL 'jdbc:acme://db' (found: ")
                .hasMessageContaining("; broken: " + dir.resolve("plugin") + ": Provider com.example.MissingDialect"
                        + " not found; " + dir.resolve("plugin") + ": Provider " + Exploding.class.getName()
                        + " could not be instantiated (java.lang.IllegalStateException: no licence key)). ")
                .hasMessageEndingWith(", or fix or remove the broken provider");
    }

    @Test
    void aDialectNameThatDoesNotServeTheUrlIsRefusedBeforeConnecting() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, "op.createTable(\"t\", t -> t.column(\"id\", integer()));", "");
        Loquent loquent = sqlite().dialect("acme").classLoader(withProviders(Acme.class.getName())).load();
        assertThatThrownBy(() -> loquent.upgrade("head")).isInstanceOf(ConfigurationException.class)
                .hasMessage("dialect 'acme' does not serve the URL 'jdbc:sqlite:" + dir.resolve("t.db") + "': that is"
                        + " a sqlite database. Leave the dialect setting out, or set it to 'sqlite'");
        assertThat(Files.exists(dir.resolve("t.db"))).isFalse();
        assertThat(loquent.offlineSql("head", true)).as("offline SQL never connects and may name any dialect")
                .contains("CREATE TABLE \"t\" (\n    \"id\" TEXT");
        assertThat(sqlite().dialect("SQLite").load().current()).isEmpty();
    }
}
