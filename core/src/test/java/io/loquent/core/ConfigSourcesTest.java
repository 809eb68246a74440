package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** loquent.properties as people write it by hand: editors' byte-order marks, CRLF, stray spaces, other encodings. */
class ConfigSourcesTest {
    @TempDir
    Path dir;

    private LoquentConfig load(byte[] content) throws Exception {
        Path file = dir.resolve("loquent.properties");
        Files.write(file, content);
        return ConfigSources.resolve(Map.of(), Map.of(), file, true).build();
    }

    private LoquentConfig load(String content) throws Exception {
        return load(content.getBytes(StandardCharsets.UTF_8));
    }

    private String file() {
        return "configuration file '" + dir.resolve("loquent.properties") + "'";
    }

    @Test
    void aByteOrderMarkCrlfAndTrailingSpacesAreWhatEditorsWrite() throws Exception {
        LoquentConfig config = load("\uFEFFurl=jdbc:sqlite:app.db  \r\nversion_table=v \r\nlock_timeout= 5\t\r\n");
        assertThat(config.url()).isEqualTo("jdbc:sqlite:app.db");
        assertThat(config.versionTable()).isEqualTo("v");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = "url=jdbc:sqlite:app.db\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> load(latin1)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file() + " line 2 is not UTF-8 text (byte 0xE9). Save the file as UTF-8");
    }

    @Test
    void unknownAndRepeatedKeysNameTheirLines() {
        assertThatThrownBy(() -> load("url=jdbc:sqlite:a.db\n# note \\\n\nurll = x\n"))
                .hasMessageStartingWith("unknown setting 'urll' in " + file() + " line 4; known settings are ");
        assertThatThrownBy(() -> load("url=a\\\n  url=continued\nuser=u\nurl=b\n"))
                .hasMessage("setting 'url' is given 2 times in " + file() + " (lines 1, 4); keep one");
        assertThatThrownBy(() -> load("url=jdbc:sqlite:a.db\ncache_dir=C:\\users\\me\n"))
                .hasMessage(file() + " line 2: Malformed \\uxxxx encoding. Write a backslash as \\\\");
    }

    @Test
    void lockTimeoutOutsideItsRangeNamesTheSettingTheSourceAndTheRange() {
        for (String value : new String[] {"9223372036854775807", "86401", "-1", "5s", "99999999999999999999"}) {
            assertThatThrownBy(() -> load("url=jdbc:sqlite:a.db\nlock_timeout=" + value + "\n"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("lock_timeout '" + value + "' in " + file() + " line 2 is not a whole number of seconds"
                            + " from 0 to 86400; give one in that range (0 does not wait)");
        }
    }

    @Test
    void theEntityModelSettingsAreReadRelativeToTheFile() throws Exception {
        String separator = java.io.File.pathSeparator;
        ModelSettings models = load("models=classes" + separator + "lib/entities.jar\n"
                + "models_package=com.acme.a, com.acme.b\nautogenerate.exclude=legacy_*, audit\n"
                + "autogenerate.include=*\nautogenerate.renames=false\n").models();
        assertThat(models.classPath()).containsExactly(dir.resolve("classes").toAbsolutePath(),
                dir.resolve("lib/entities.jar").toAbsolutePath());
        assertThat(models.packages()).containsExactly("com.acme.a", "com.acme.b");
        assertThat(models.exclude()).containsExactly("legacy_*", "audit");
        assertThat(models.include()).containsExactly("*");
        assertThat(models.renames()).isFalse();
        assertThat(models.configured()).isTrue();
        assertThat(load("url=jdbc:sqlite:a.db\n").models().configured()).as("no model: check as before").isFalse();
    }

    @Test
    void aModelsFlagIsRelativeToTheWorkingDirectoryAndOverridesTheFile() throws Exception {
        Path file = dir.resolve("loquent.properties");
        Files.writeString(file, "models=classes\npersistence_unit=app\n");
        ModelSettings models = ConfigSources.resolve(Map.of("models", "build/classes"), Map.of(), file, true).build()
                .models();
        assertThat(models.classPath()).containsExactly(Path.of("build/classes").toAbsolutePath());
        assertThat(models.persistenceUnit()).isEqualTo("app");
    }

    @Test
    void badModelSettingsSayWhichAndWhere() {
        assertThatThrownBy(() -> load("autogenerate.renames=maybe\n")).isInstanceOf(ConfigurationException.class)
                .hasMessage("autogenerate.renames 'maybe' in " + file() + " line 1 is neither true nor false;"
                        + " give one of them");
        assertThatThrownBy(() -> load("models_package=a\npersistence_unit=b\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("both models_package (")
                .hasMessageEndingWith(") are set; keep one");
    }

    @Test
    void theBuilderHoldsTheSameRange() throws Exception {
        assertThat(load("lock_timeout=86400\n").lockTimeout()).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> LoquentConfig.builder().lockTimeout(Duration.ofSeconds(Long.MAX_VALUE)).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is out of range; give one from zero to 86400 seconds");
    }

    /** The library never picks a database for its caller; the command line's default is a SQLite file. */
    @Test
    void aLibraryWithoutADatabaseIsRefusedWhereTheCommandLineUsesItsDefault() throws Exception {
        assertThatThrownBy(() -> Loquent.configure().scripts(dir.resolve("migrations")).load())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("no database is configured: give Loquent.configure() a url(\"jdbc:...\") or a"
                        + " dataSource(ds), or a dialect(name) for work that never connects (offline SQL, schema,"
                        + " autogenerateOffline)");
        Loquent offline = Loquent.configure().dialect("sqlite")
                .scripts(Files.createDirectories(dir.resolve("migrations"))).load();
        assertThat(offline.config().url()).isNull();
        assertThatThrownBy(offline::current).isInstanceOf(ConfigurationException.class)
                .hasMessage("this needs the database, and only a dialect ('sqlite') is configured: give"
                        + " Loquent.configure() a url(\"jdbc:...\") or a dataSource(ds)");
        assertThat(load("scripts=migrations\n").url()).isEqualTo(LoquentConfig.DEFAULT_URL);
        assertThat(load("dialect=postgresql\n").url()).as("a dialect alone, for --sql").isNull();
    }
}
