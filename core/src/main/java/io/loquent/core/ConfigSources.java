package io.loquent.core;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Settings from command-line flags, the environment and {@code loquent.properties}, in that order of precedence,
 * over the defaults, with the {@link Plugins} the file's folder and the environment add. Relative paths in the file are relative to the file's folder. Each setting remembers where it
 * came from, so that a bad value is reported with its source.
 */
public final class ConfigSources {
    /** The keys a configuration file may hold. */
    public static final Set<String> KEYS = Set.of("url", "user", "password", "scripts", "scripts_package",
            "version_table", "history_table", "version_table_schema", "lock_timeout", "lock", "cache_dir", "dialect", "models", "models_package", "persistence_unit",
            "autogenerate.include", "autogenerate.exclude", "autogenerate.renames", "naming.pk", "naming.uq", "naming.fk", "naming.ck", "naming.ix",
            "lint.large_rows", "lint.disable");
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
     * @throws ConfigurationException naming the file and line, variable or flag of a setting that cannot be used
     */
    public static LoquentConfig.Builder resolve(Map<String, String> flags, Map<String, String> env, Path configFile,
                                                boolean explicit) {
        Map<String, String> origins = new HashMap<>();
        Map<String, String> settings = new HashMap<>(readFile(configFile, explicit, origins));
        ENV.forEach((variable, key) -> {
            String value = env.get(variable);
            if (value != null && !value.isEmpty()) {
                settings.put(key, value);
                origins.put(key, "environment variable " + variable);
            }
        });
        flags.forEach((key, value) -> {
            if (value != null) {
                settings.put(key, value);
                origins.put(key, "flag --" + key);
            }
        });
        Path base = configFile.toAbsolutePath().getParent();
        // With nothing configured, the command line's database is a SQLite file in the working directory.
        String url = settings.containsKey("url") || settings.containsKey("dialect") ? settings.get("url")
                : LoquentConfig.DEFAULT_URL;
        LoquentConfig.Builder builder = LoquentConfig.builder()
                .url(url).user(settings.get("user")).password(settings.get("password"))
                .dialect(settings.get("dialect"));
        ClassLoader own = ConfigSources.class.getClassLoader();
        ClassLoader plugins = Plugins.loader(configFile, env, own);
        if (plugins != own) {
            builder.classLoader(plugins);
        }
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
        if (settings.containsKey("version_table_schema")) {
            builder.versionTableSchema(settings.get("version_table_schema"));
        }
        if (settings.containsKey("lock_timeout")) {
            builder.lockTimeout(seconds(settings.get("lock_timeout"), origins.get("lock_timeout")));
        }
        if (settings.containsKey("lock")) {
            builder.lock(lock(settings.get("lock"), origins.get("lock")));
        }
        if (settings.containsKey("cache_dir")) {
            builder.cacheFolder(base.resolve(settings.get("cache_dir")).normalize());
        }
        models(builder, settings, origins, base);
        lint(builder, settings, origins);
        Map<String, String> naming = new HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith("naming.")) {
                naming.put(k.substring("naming.".length()), v);
            }
        });
        return builder.naming(naming);
    }

    /**
     * The entity model's settings. {@code models} is a class path in the platform's syntax, relative to the file's
     * folder when it comes from the file and to the working directory when it comes from a flag; the patterns and
     * packages are comma-separated lists.
     */
    private static void models(LoquentConfig.Builder builder, Map<String, String> settings, Map<String, String> origins,
                               Path base) {
        if (settings.containsKey("models")) {
            Path relativeTo = origins.get("models").startsWith("flag") ? Path.of("") : base;
            builder.modelsClassPath(Arrays.stream(settings.get("models").split(java.io.File.pathSeparator))
                    .filter(s -> !s.isBlank()).map(s -> relativeTo.resolve(s.strip()).toAbsolutePath().normalize())
                    .toList());
        }
        if (settings.containsKey("models_package") && settings.containsKey("persistence_unit")) {
            throw new ConfigurationException("both models_package (" + origins.get("models_package")
                    + ") and persistence_unit (" + origins.get("persistence_unit") + ") are set; keep one");
        }
        builder.modelsPackage(list(settings.get("models_package")).toArray(String[]::new))
                .persistenceUnit(settings.get("persistence_unit"))
                .autogenerateInclude(list(settings.get("autogenerate.include")))
                .autogenerateExclude(list(settings.get("autogenerate.exclude")));
        String renames = settings.get("autogenerate.renames");
        if (renames != null && !renames.equals("true") && !renames.equals("false")) {
            throw new ConfigurationException("autogenerate.renames '" + renames + "' in "
                    + origins.get("autogenerate.renames") + " is neither true nor false; give one of them");
        }
        builder.detectRenames(!"false".equals(renames));
    }

    /** {@code lint.large_rows} (a whole number of rows) and {@code lint.disable} (rule ids, comma-separated). */
    private static void lint(LoquentConfig.Builder builder, Map<String, String> settings, Map<String, String> origins) {
        long large = LintSettings.DEFAULTS.largeTable();
        String rows = settings.get("lint.large_rows");
        if (rows != null) {
            if (!rows.strip().matches("\\d{1,18}") || Long.parseLong(rows.strip()) < 1) {
                throw new ConfigurationException("lint.large_rows '" + rows + "' in " + origins.get("lint.large_rows")
                        + " is not a number of rows; give a whole number from 1 up, as lint.large_rows=100000");
            }
            large = Long.parseLong(rows.strip());
        }
        builder.lint(new LintSettings(large, java.util.Set.copyOf(list(settings.get("lint.disable")))));
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** A whole number of seconds within {@link LoquentConfig#MAX_LOCK_TIMEOUT}, checked here to name its source. */
    private static Duration seconds(String text, String origin) {
        long max = LoquentConfig.MAX_LOCK_TIMEOUT.toSeconds();
        if (!text.matches("\\+?\\d{1,18}") || Long.parseLong(text) > max) {
            throw new ConfigurationException("lock_timeout '" + text + "' in " + origin + " is not a whole number of"
                    + " seconds from 0 to " + max + "; give one in that range (0 does not wait)");
        }
        return Duration.ofSeconds(Long.parseLong(text));
    }

    /** {@code dialect} (the default) or {@code none}. */
    private static LoquentConfig.Lock lock(String text, String origin) {
        return switch (text) {
            case "dialect" -> LoquentConfig.Lock.DIALECT;
            case "none" -> LoquentConfig.Lock.NONE;
            default -> throw new ConfigurationException("lock '" + text + "' in " + origin + " is neither 'dialect'"
                    + " nor 'none'; give 'none' to run without the migration lock (one deployer), or leave it out");
        };
    }

    /** The file's settings by key, each origin recorded as its file and line; none when an implicit file is missing. */
    private static Map<String, String> readFile(Path file, boolean explicit, Map<String, String> origins) {
        if (!Files.exists(file)) {
            if (explicit) {
                throw new ConfigurationException("configuration file '" + file + "' does not exist;"
                        + " check the -c path or create it with 'loquent init'");
            }
            return Map.of();
        }
        String text = text(file);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            int line = PropertiesLines.firstMatching(text, ".*\\\\u(?![0-9a-fA-F]{4}).*");
            throw new ConfigurationException("configuration file '" + file + "'" + (line > 0 ? " line " + line : "")
                    + ": " + e.getMessage().replaceAll("\\.+$", "") + ". Write a backslash as \\\\", e);
        }
        Map<String, List<Integer>> lines = PropertiesLines.ofKeys(text);
        Map<String, String> settings = new HashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            List<Integer> at = lines.getOrDefault(key, List.of());
            String where = "'" + file + "'" + (at.isEmpty() ? "" : " line " + at.get(at.size() - 1));
            if (!KEYS.contains(key)) {
                throw new ConfigurationException("unknown setting '" + key + "' in configuration file " + where
                        + "; known settings are " + String.join(", ", new TreeSet<>(KEYS)));
            }
            if (at.size() > 1) {
                throw new ConfigurationException("setting '" + key + "' is given " + at.size() + " times in"
                        + " configuration file '" + file + "' (lines " + at.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "); keep one");
            }
            settings.put(key, properties.getProperty(key).strip());
            origins.put(key, "configuration file " + where);
        }
        return settings;
    }

    /**
     * The file as UTF-8 text without a leading byte-order mark (which editors on Windows write, and which
     * {@link Properties} would take as part of the first key); bytes that are not UTF-8 are refused with their line.
     */
    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new ConfigurationException("cannot read configuration file '" + file + "': " + reason
                    + ". Check the path and its permissions", e);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ConfigurationException("configuration file '" + file + "' line " + line + " is not UTF-8 text"
                    + " (byte 0x" + Integer.toHexString(bytes[bad] & 0xFF).toUpperCase() + "). Save the file as UTF-8");
        }
        return out.flip().toString();
    }
}
