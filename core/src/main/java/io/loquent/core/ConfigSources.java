package io.loquent.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings from command-line flags, the environment and {@code loquent.properties}, in that order of precedence,
 * over the defaults. Relative paths in the file are relative to the file's folder.
 */
public final class ConfigSources {
    /** The keys a configuration file may hold. */
    public static final Set<String> KEYS = Set.of("url", "user", "password", "scripts", "scripts_package",
            "version_table", "history_table", "lock_timeout", "cache_dir", "dialect", "naming.pk", "naming.uq", "naming.fk", "naming.ck", "naming.ix");
    /** Environment variables and the keys they set. */
    private static final Map<String, String> ENV = Map.of("LOQUENT_URL", "url", "LOQUENT_USER", "user",
            "LOQUENT_PASSWORD", "password");

    private ConfigSources() {
    }

    /**
     * A builder holding the merged settings.
     *
     * @param flags      settings from the command line by key (only those given)
     * @param env        the process environment
     * @param configFile the configuration file
     * @param explicit   whether the user named the file (then it must exist)
     */
    public static LoquentConfig.Builder resolve(Map<String, String> flags, Map<String, String> env, Path configFile,
                                                boolean explicit) {
        Map<String, String> settings = new HashMap<>(readFile(configFile, explicit));
        ENV.forEach((variable, key) -> {
            String value = env.get(variable);
            if (value != null && !value.isEmpty()) {
                settings.put(key, value);
            }
        });
        flags.forEach((key, value) -> {
            if (value != null) {
                settings.put(key, value);
            }
        });
        Path base = configFile.toAbsolutePath().getParent();
        LoquentConfig.Builder builder = LoquentConfig.builder()
                .url(settings.get("url")).user(settings.get("user")).password(settings.get("password"))
                .dialect(settings.get("dialect"));
        if (settings.containsKey("scripts_package") && settings.containsKey("scripts")) {
            throw new ConfigurationException("both scripts and scripts_package are set in " + configFile
                    + "; keep the one the revisions come from");
        }
        if (settings.containsKey("scripts_package")) {
            builder.scriptsPackage(settings.get("scripts_package"));
        } else {
            builder.scripts(base.resolve(settings.getOrDefault("scripts", "migrations")).normalize());
        }
        if (settings.containsKey("version_table")) {
            builder.versionTable(settings.get("version_table"));
        }
        if (settings.containsKey("history_table")) {
            builder.historyTable(settings.get("history_table"));
        }
        if (settings.containsKey("lock_timeout")) {
            builder.lockTimeout(seconds(settings.get("lock_timeout")));
        }
        if (settings.containsKey("cache_dir")) {
            builder.cacheFolder(base.resolve(settings.get("cache_dir")).normalize());
        }
        Map<String, String> naming = new HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith("naming.")) {
                naming.put(k.substring("naming.".length()), v);
            }
        });
        return builder.naming(naming);
    }

    private static java.time.Duration seconds(String text) {
        try {
            return java.time.Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("lock_timeout '" + text + "' is not a whole number of seconds", e);
        }
    }

    private static Map<String, String> readFile(Path file, boolean explicit) {
        if (!Files.exists(file)) {
            if (explicit) {
                throw new ConfigurationException("configuration file '" + file + "' does not exist;"
                        + " check the -c path or create it with 'loquent init'");
            }
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read configuration file '" + file + "': " + e.getMessage(), e);
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new ConfigurationException("unknown setting '" + key + "' in " + file + "; known settings are "
                        + String.join(", ", new TreeSet<>(KEYS)));
            }
            settings.put(key, properties.getProperty(key).strip());
        }
        return settings;
    }
}
