package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code version_table_schema} puts the version and history tables (and so the snapshot table) in a schema. */
class VersionTableSchemaConfigTest {
    @TempDir
    Path dir;

    private LoquentConfig load(String content) throws Exception {
        Path file = dir.resolve("loquent.properties");
        Files.writeString(file, content);
        return ConfigSources.resolve(Map.of(), Map.of(), file, true).build();
    }

    @Test
    void thePropertiesKeyQualifiesBothTables() throws Exception {
        LoquentConfig config = load("url=jdbc:postgresql://h/db\nversion_table_schema=loquent\nhistory_table=audit\n");
        assertThat(config.versionTable()).isEqualTo("loquent.loquent_version");
        assertThat(config.historyTable()).isEqualTo("loquent.audit");
        assertThat(load("url=jdbc:postgresql://h/db\n").versionTable()).isEqualTo("loquent_version");
    }

    @Test
    void theBuilderTakesItAndABadNameIsRefused() {
        assertThat(LoquentConfig.builder().dialect("postgresql").versionTableSchema("ops").build().historyTable())
                .isEqualTo("ops.loquent_history");
        assertThatThrownBy(() -> LoquentConfig.builder().dialect("postgresql").versionTableSchema("a.b").build())
                .isInstanceOf(ConfigurationException.class).hasMessage("version_table_schema 'a.b' is not a plain"
                        + " schema name (a schema for Loquent's tables goes in version_table_schema); use letters,"
                        + " digits and '_', starting with a letter or '_'");
        assertThatThrownBy(() -> LoquentConfig.builder().dialect("postgresql").versionTable("ops.v").build())
                .hasMessageContaining("version_table 'ops.v' is not a plain table name (a schema for Loquent's"
                        + " tables goes in version_table_schema)");
    }
}
