package io.loquent.core.internal.dsl;

import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.schema.TableName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Deterministic names for constraints and indexes the script leaves unnamed, identical on every database so that a
 * later revision can drop them by name. Templates use {@code %table}, {@code %columns} (names joined by {@code _}),
 * {@code %reftable} and, for checks, {@code %name}. Tables go in bare ({@code items} for {@code app.items}): index
 * and constraint names are per schema, and an index is made in its table's schema. A name longer than the database allows, as the database measures
 * it ({@link IdentifierLimit}), is cut at a character boundary and given a short hash of the full name, so two long
 * names never collide by truncation.
 */
public record NamingConvention(String primaryKey, String unique, String foreignKey, String check, String index,
                               IdentifierLimit limit) {
    /** The placeholders, longest first where one could start another. */
    private static final List<String> PLACEHOLDERS = List.of("%reftable", "%columns", "%table", "%name");

    /** The defaults: {@code pk_%table}, {@code uq_%table_%columns}, {@code fk_%table_%columns_%reftable}, … */
    public static NamingConvention defaults(IdentifierLimit limit) {
        return new NamingConvention("pk_%table", "uq_%table_%columns", "fk_%table_%columns_%reftable",
                "ck_%table_%name", "ix_%table_%columns", limit);
    }

    /** The defaults with any of the keys {@code pk uq fk ck ix} replaced by the given templates. */
    public static NamingConvention of(Map<String, String> overrides, IdentifierLimit limit) {
        NamingConvention d = defaults(limit);
        return new NamingConvention(overrides.getOrDefault("pk", d.primaryKey), overrides.getOrDefault("uq", d.unique),
                overrides.getOrDefault("fk", d.foreignKey), overrides.getOrDefault("ck", d.check),
                overrides.getOrDefault("ix", d.index), limit);
    }

    public String primaryKeyName(String table) {
        return fit(expand(primaryKey, Map.of("%table", TableName.bare(table))));
    }

    public String uniqueName(String table, List<String> columns) {
        return fit(expand(unique, Map.of("%table", TableName.bare(table), "%columns", String.join("_", columns))));
    }

    public String foreignKeyName(String table, List<String> columns, String referencedTable) {
        return fit(expand(foreignKey, Map.of("%table", TableName.bare(table), "%columns", String.join("_", columns),
                "%reftable", TableName.bare(referencedTable))));
    }

    public String checkName(String table, String name) {
        return fit(expand(check, Map.of("%table", TableName.bare(table), "%name", name)));
    }

    public String indexName(String table, List<String> columns) {
        return fit(expand(index, Map.of("%table", TableName.bare(table), "%columns", String.join("_", columns))));
    }

    /**
     * {@code template} with its own placeholders replaced in one pass: a table or column name that itself contains
     * {@code %columns} is copied as it is, never expanded again.
     */
    static String expand(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            String placeholder = placeholderAt(template, i, values);
            if (placeholder == null) {
                out.append(template.charAt(i++));
            } else {
                out.append(values.get(placeholder));
                i += placeholder.length();
            }
        }
        return out.toString();
    }

    private static String placeholderAt(String template, int at, Map<String, String> values) {
        for (String placeholder : PLACEHOLDERS) {
            if (values.containsKey(placeholder) && template.startsWith(placeholder, at)) {
                return placeholder;
            }
        }
        return null;
    }

    /** {@code name}, or, when too long, its head followed by {@code _} and eight hex digits of its SHA-256. */
    String fit(String name) {
        if (limit.fits(name)) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            String suffix = "_" + HexFormat.of().formatHex(digest, 0, 4);
            return limit.head(name, limit.max() - suffix.length()) + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
