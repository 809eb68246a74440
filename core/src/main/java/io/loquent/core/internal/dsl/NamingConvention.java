package io.loquent.core.internal.dsl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Deterministic names for constraints and indexes the script leaves unnamed, identical on every database so that a
 * later revision can drop them by name. Templates use {@code %table}, {@code %columns} (names joined by {@code _}),
 * {@code %reftable} and, for checks, {@code %name}. A name longer than the database allows is cut and given a short
 * hash of the full name, so two long names never collide by truncation.
 */
public record NamingConvention(String primaryKey, String unique, String foreignKey, String check, String index,
                               int maxLength) {

    /** The defaults: {@code pk_%table}, {@code uq_%table_%columns}, {@code fk_%table_%columns_%reftable}, … */
    public static NamingConvention defaults(int maxLength) {
        return new NamingConvention("pk_%table", "uq_%table_%columns", "fk_%table_%columns_%reftable",
                "ck_%table_%name", "ix_%table_%columns", maxLength);
    }

    /** The defaults with any of the keys {@code pk uq fk ck ix} replaced by the given templates. */
    public static NamingConvention of(Map<String, String> overrides, int maxLength) {
        NamingConvention d = defaults(maxLength);
        return new NamingConvention(overrides.getOrDefault("pk", d.primaryKey), overrides.getOrDefault("uq", d.unique),
                overrides.getOrDefault("fk", d.foreignKey), overrides.getOrDefault("ck", d.check),
                overrides.getOrDefault("ix", d.index), maxLength);
    }

    public NamingConvention withMaxLength(int length) {
        return new NamingConvention(primaryKey, unique, foreignKey, check, index, length);
    }

    public String primaryKeyName(String table) {
        return fit(primaryKey.replace("%table", table));
    }

    public String uniqueName(String table, List<String> columns) {
        return fit(unique.replace("%table", table).replace("%columns", String.join("_", columns)));
    }

    public String foreignKeyName(String table, List<String> columns, String referencedTable) {
        return fit(foreignKey.replace("%table", table).replace("%columns", String.join("_", columns))
                .replace("%reftable", referencedTable));
    }

    public String checkName(String table, String name) {
        return fit(check.replace("%table", table).replace("%name", name));
    }

    public String indexName(String table, List<String> columns) {
        return fit(index.replace("%table", table).replace("%columns", String.join("_", columns)));
    }

    /** {@code name}, or, when too long, its head followed by {@code _} and eight hex digits of its SHA-256. */
    String fit(String name) {
        if (name.length() <= maxLength) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            String suffix = "_" + HexFormat.of().formatHex(digest, 0, 4);
            return name.substring(0, maxLength - suffix.length()) + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
