package io.loquent.dialectkit;


import java.nio.file.Path;

/** One revision that uses every type and every operation of the DSL, and a downgrade that removes it all. */
final class EveryOperationScripts {
    private EveryOperationScripts() {
    }

    static void write(Path folder) {
        RevisionFiles.write(folder, "1.java", "e1", null, """
                op.createTable("kinds", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("i", integer());
                            t.column("s", smallInteger());
                            t.column("v", string(40).comment("a comment"));
                            t.column("tx", text());
                            t.column("b", bool().defaultValue(true));
                            t.column("d", decimal(10, 2).defaultValue(new java.math.BigDecimal("1.50")));
                            t.column("f", doublePrecision());
                            t.column("dt", date());
                            t.column("tm", time());
                            t.column("ts", timestamp());
                            t.column("bin", binary());
                            t.column("u", uuid());
                            t.column("j", json());
                            t.comment("every type");
                        });
                        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                        row.put("i", 1);
                        row.put("s", (short) 2);
                        row.put("v", "it's");
                        row.put("tx", "long text \\u00e9");
                        row.put("d", new java.math.BigDecimal("12.34"));
                        row.put("f", 0.5d);
                        row.put("dt", java.time.LocalDate.of(2024, 2, 29));
                        row.put("tm", java.time.LocalTime.of(12, 34, 56));
                        row.put("ts", java.time.LocalDateTime.of(2024, 2, 29, 12, 34, 56));
                        row.put("bin", new byte[] {0, 1, (byte) 0xff});
                        row.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
                        row.put("j", "{\\"a\\": 1}");
                        op.bulkInsert("kinds", java.util.List.of(row));
                        op.createTable("owners", t -> t.column("id", integer().primaryKey()).column("code", string(10)));
                        op.renameTable("owners", "parents");
                        op.addColumn("kinds", "parent_id", integer());
                        op.createUniqueConstraint(null, "parents", "code");
                        op.createForeignKey(null, "kinds", "parents", java.util.List.of("parent_id"), java.util.List.of("id"), "SET NULL");
                        op.createCheckConstraint("positive", "kinds", "i >= 0");
                        op.createIndex("ix_kinds_v", "kinds", "v");
                        op.createUniqueIndex("ux_kinds_u", "kinds", "u");
                        op.renameColumn("kinds", "tx", "body");
                        op.alterColumn("kinds", "v", c -> c.type(string(80)).nullable(false));
                        op.alterColumn("kinds", "s", c -> c.serverDefault("7"));
                        op.execute("UPDATE kinds SET i = 5");
                        op.createTable("pairs", t -> t.column("a", integer().nullable(false)).column("b", integer().nullable(false)));
                        op.createPrimaryKey(null, "pairs", "a", "b");
                        op.dropIndex("ix_kinds_v", "kinds");
                        op.dropConstraint("uq_parents_code", "parents");""", """
                op.dropTable("pairs");
                        op.dropTable("kinds");
                        op.dropTable("parents");""");
    }
}
