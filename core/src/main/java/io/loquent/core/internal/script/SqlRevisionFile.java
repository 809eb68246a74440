package io.loquent.core.internal.script;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.ConfigurationException;
import io.loquent.core.ScriptException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .sql} revision: a header line {@code -- loquent:revision id=… down=… message="…"} (optionally
 * {@code depends_on=} and {@code branch_labels=}, lists comma-separated), any {@code -- loquent:allow_lint rule=…
 * reason="…"} lines, then a {@code -- loquent:upgrade} and a {@code -- loquent:downgrade} line, each followed by its
 * SQL. Before the header only comments and blank lines may
 * stand. A bad header fails with the file and line, so that nothing is guessed.
 */
final class SqlRevisionFile {
    /** The marker lines: {@code -- loquent:NAME rest}. */
    private static final Pattern MARKER = Pattern.compile("--\\s*loquent:(\\S*)(.*)");
    /** One attribute: {@code name=value} or {@code name="value"} with {@code \"} and {@code \\} inside. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([A-Za-z_]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s\"]+))");
    private static final Set<String> ATTRIBUTES = Set.of("id", "down", "depends_on", "branch_labels", "message");
    private static final Set<String> REPEATABLE_ATTRIBUTES = Set.of("name", "message");
    private static final Set<String> ALLOW_ATTRIBUTES = Set.of("rule", "reason");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    private SqlRevisionFile() {
    }

    /** Whether the first marker line of {@code file} is a {@code -- loquent:repeatable} header. */
    static boolean isRepeatable(ScriptFile file) {
        for (String line : file.source().split("\n", -1)) {
            Matcher marker = MARKER.matcher(line.strip());
            if (marker.matches()) {
                return marker.group(1).equals("repeatable");
            }
        }
        return false;
    }

    /**
     * The repeatable revision that {@code file} declares: the header {@code -- loquent:repeatable name=…} (optionally
     * {@code message=}), then its SQL, with no other marker line.
     */
    static Repeatable readRepeatable(ScriptFile file) {
        String[] lines = file.source().split("\n", -1);
        int header = -1;
        Map<String, String> attributes = Map.of();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher marker = MARKER.matcher(line);
            if (!marker.matches()) {
                if (header < 0 && !line.isEmpty() && !line.startsWith("--")) {
                    throw error(file, i, "SQL before the '-- loquent:repeatable' header",
                            "Start the file with the header line '-- loquent:repeatable name=NAME'");
                }
                continue;
            }
            if (header >= 0 || !marker.group(1).equals("repeatable")) {
                throw error(file, i, "unexpected marker '" + line + "'", "A repeatable revision has one"
                        + " '-- loquent:repeatable' header followed by its SQL, and no upgrade or downgrade section");
            }
            header = i;
            attributes = attributes(file, i, marker.group(2), REPEATABLE_ATTRIBUTES, "name");
        }
        String name = attributes.get("name");
        if (!NAME.matcher(name).matches()) {
            throw error(file, header, "the repeatable's name '" + name + "' is not a name",
                    "Use letters, digits, '_', '.' and '-' only, as name=active_users");
        }
        return new Repeatable(name, attributes.getOrDefault("message", ""), file.display() + ":" + (header + 1),
                file.checksum(), section(lines, header, lines.length));
    }

    /** The revision that {@code file} declares, run with the dialect {@code dialect} supplies. */
    static LoadedRevision read(ScriptFile file, Supplier<Dialect> dialect) {
        String[] lines = file.source().split("\n", -1);
        int header = -1;
        int up = -1;
        int down = -1;
        Map<String, String> attributes = Map.of();
        Map<String, String> allowed = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher marker = MARKER.matcher(line);
            if (!marker.matches()) {
                if (up < 0 && !line.isEmpty() && !line.startsWith("--")) {
                    throw header < 0 ? error(file, i, "SQL before the '-- loquent:revision' header",
                            "Start the file with the header line, as 'loquent revision --sql' writes it")
                            : error(file, i, "SQL before the '-- loquent:upgrade' line, in no section",
                            "Move it below '-- loquent:upgrade' or '-- loquent:downgrade'");
                }
                continue;
            }
            String name = marker.group(1);
            if (name.equals("revision") && header < 0) {
                header = i;
                attributes = attributes(file, i, marker.group(2), ATTRIBUTES, "id");
            } else if (name.equals("allow_lint") && header >= 0 && up < 0) {
                Map<String, String> allow = attributes(file, i, marker.group(2), ALLOW_ATTRIBUTES, "rule");
                if (allowed.put(allow.get("rule"), allow.getOrDefault("reason", "")) != null) {
                    throw error(file, i, "lint rule " + allow.get("rule") + " is allowed twice", "Allow it once");
                }
            } else if (name.equals("upgrade") && header >= 0 && up < 0 && marker.group(2).isBlank()) {
                up = i;
            } else if (name.equals("downgrade") && up >= 0 && down < 0 && marker.group(2).isBlank()) {
                down = i;
            } else {
                throw error(file, i, "unexpected marker '" + line + "'", "A .sql revision has one '-- loquent:revision'"
                        + " header, any '-- loquent:allow_lint rule=ID reason=\"...\"' lines, then one"
                        + " '-- loquent:upgrade' and one '-- loquent:downgrade' line, in this order");
            }
        }
        if (header < 0 || up < 0 || down < 0) {
            String missing = header < 0 ? "revision" : up < 0 ? "upgrade" : "downgrade";
            throw error(file, lines.length - 1, "no '-- loquent:" + missing + "' line",
                    "A .sql revision has a '-- loquent:revision' header, then '-- loquent:upgrade' and"
                            + " '-- loquent:downgrade' lines, each followed by its SQL");
        }
        String source = file.display() + ":" + (header + 1);
        var info = new Declaration(attributes.get("id"), list(attributes.get("down")),
                list(attributes.get("depends_on")), list(attributes.get("branch_labels")),
                attributes.getOrDefault("message", ""), Declaration.Syntax.SQL_HEADER)
                .info(source, file.display(), file::checksum);
        SqlScript script = new SqlScript(section(lines, up, down), section(lines, down, lines.length), dialect,
                allowed);
        return new LoadedRevision(info, SqlScript.class.getName(), Map.of(), () -> script);
    }

    /** The text of a new {@code .sql} revision: its header and two empty sections. */
    static String skeleton(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
                           String message) {
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new ConfigurationException("the message of a .sql revision is one line, the header's; nothing was"
                    + " written. Shorten it to one line (a longer explanation fits in a comment below the header)");
        }
        String header = "-- loquent:revision id=" + id + (down.isEmpty() ? "" : " down=" + String.join(",", down))
                + (dependsOn.isEmpty() ? "" : " depends_on=" + String.join(",", dependsOn))
                + (branchLabels.isEmpty() ? "" : " branch_labels=" + String.join(",", branchLabels))
                + " message=\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return header + "\n-- loquent:upgrade\n\n-- loquent:downgrade\n\n";
    }

    /**
     * The text of a new repeatable revision: its header and an empty body.
     *
     * @throws ConfigurationException when the name is not one a header takes, or the message is not one line
     */
    static String repeatableSkeleton(String name, String message) {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigurationException("the repeatable's name '" + name + "' is not a name; nothing was written."
                    + " Use letters, digits, '_', '.' and '-' only, as active_users");
        }
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new ConfigurationException("the message of a repeatable revision is one line, the header's; nothing"
                    + " was written. Shorten it to one line (a longer explanation fits in a comment below the header)");
        }
        return "-- loquent:repeatable name=" + name + " message=\"" + message.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"\n-- Runs again after the versioned revisions whenever this file changes:"
                + " write it to be run again\n-- (CREATE OR REPLACE VIEW, DROP VIEW IF EXISTS then CREATE VIEW).\n\n";
    }

    private static Map<String, String> attributes(ScriptFile file, int line, String text, Set<String> allowed,
                                                  String required) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        int at = 0;
        while (at < text.length() && !text.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw error(file, line, "cannot read the header from '" + text.substring(at).strip() + "'",
                        "Write attributes as name=value, with a message in double quotes: message=\"...\"");
            }
            String name = m.group(1);
            if (!allowed.contains(name)) {
                throw error(file, line, "unknown header attribute '" + name + "'", "Use " + (allowed == ATTRIBUTES
                        ? "id, down, depends_on, branch_labels and message" : "name and message"));
            }
            String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
            if (found.put(name, value) != null) {
                throw error(file, line, "header attribute '" + name + "' is given twice", "Give it once");
            }
            at = m.end();
        }
        if (!found.containsKey(required)) {
            throw error(file, line, "the header has no " + required, "Add " + required + "=... to the header line");
        }
        return found;
    }

    /** A comma-separated list; absent or empty for none. */
    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(value.split(",", -1)).map(String::strip).toList());
    }

    /** The lines strictly between {@code from} and {@code to}. */
    private static String section(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from + 1, to));
    }

    private static ScriptException error(ScriptFile file, int line, String problem, String advice) {
        return new ScriptException(List.of(file.display() + ":" + (line + 1) + ": " + problem), advice);
    }
}
