package io.loquent.dialectkit;

import io.loquent.core.Loquent;
import java.nio.file.Path;

/**
 * A revision whose {@code bulkInsert} holds one row of every kind of value whose type a driver could lose: a JSON
 * document given as a map, JSON given as text, a boolean, a date, a timestamp, a UUID, a decimal. A dialect's test
 * applies it and reads the columns back with its database's own functions, to show each value arrived typed.
 */
public final class TypedValueScripts {
    /** The document the map holds, as the databases give it back. */
    public static final String DOCUMENT = "{\"a\": 1, \"tags\": [\"x\", \"y\"]}";

    private TypedValueScripts() {
    }

    /** Writes the revision, {@code k1}, into {@code folder}. */
    public static void write(Path folder) {
        RevisionFiles.write(folder, "1.java", "k1", null, """
                op.createTable("kinds", t -> t.column("id", integer().primaryKey()).column("doc", json())
                        .column("text_doc", json()).column("flag", bool()).column("day", date())
                        .column("at", timestamp()).column("u", uuid()).column("amount", decimal(8, 2)));
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("id", 1);
                row.put("doc", java.util.Map.of("a", 1, "tags", java.util.List.of("x", "y")));
                row.put("text_doc", "{\\"b\\": true}");
                row.put("flag", true);
                row.put("day", java.time.LocalDate.of(2024, 2, 29));
                row.put("at", java.time.LocalDateTime.of(2024, 2, 29, 13, 45, 30));
                row.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
                row.put("amount", new java.math.BigDecimal("12.50"));
                op.bulkInsert("kinds", java.util.List.of(row));
                """, "op.dropTable(\"kinds\");");
    }

    /** Loquent on {@code url} with the revisions of {@code folder}. */
    public static Loquent loquent(String url, Path folder) {
        return Loquent.configure().url(url).scripts(folder).load();
    }
}
