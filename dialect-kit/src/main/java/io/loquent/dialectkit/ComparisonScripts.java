package io.loquent.dialectkit;

import static io.loquent.api.Types.bigInteger;
import static io.loquent.api.Types.binary;
import static io.loquent.api.Types.bool;
import static io.loquent.api.Types.date;
import static io.loquent.api.Types.decimal;
import static io.loquent.api.Types.doublePrecision;
import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.json;
import static io.loquent.api.Types.smallInteger;
import static io.loquent.api.Types.string;
import static io.loquent.api.Types.text;
import static io.loquent.api.Types.time;
import static io.loquent.api.Types.timestamp;
import static io.loquent.api.Types.uuid;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** The revisions of {@link ComparisonContract}, as classes, so that the test can also record what they declare. */
final class ComparisonScripts {
    private ComparisonScripts() {
    }

    /**
     * One table with a column of every kind: several lengths and precisions, nullable and not, and a default of each
     * flavour (literal number, string, boolean, date and time, UUID; raw SQL; the current timestamp).
     */
    @Revision(id = "c_kinds", message = "every kind")
    static final class EveryKind implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createTable("kinds", t -> {
                t.column("id", integer().primaryKey());
                t.column("i", integer());
                t.column("i_nn", integer().nullable(false));
                t.column("i_lit", integer().defaultValue(42));
                t.column("i_neg", integer().nullable(false).defaultValue(-7));
                t.column("i_sql", integer().serverDefault("1 + 2"));
                t.column("i_sql_lit", integer().serverDefault("5"));
                t.column("bi", bigInteger().defaultValue(9_000_000_000L));
                t.column("si", smallInteger().defaultValue(3));
                t.column("s1", string(1));
                t.column("s36", string(36).nullable(false));
                t.column("s255", string(255).defaultValue("abc"));
                t.column("s_quote", string(1000).defaultValue("it's"));
                t.column("s_empty", string(10).defaultValue(""));
                t.column("s_sql", string(20).serverDefault("lower('ABC')"));
                t.column("tx", text());
                t.column("tx_lit", text().defaultValue("long"));
                t.column("b", bool());
                t.column("b_true", bool().defaultValue(true));
                t.column("b_false", bool().nullable(false).defaultValue(false));
                t.column("d_5_0", decimal(5, 0));
                t.column("d_10_2", decimal(10, 2).defaultValue(new BigDecimal("1.50")));
                t.column("d_short", decimal(10, 2).defaultValue(new BigDecimal("1.5")));
                t.column("d_38_10", decimal(38, 10).nullable(false));
                t.column("f", doublePrecision().defaultValue(0.5));
                t.column("dt", date().defaultValue(LocalDate.of(2024, 2, 29)));
                t.column("tm", time().defaultValue(LocalTime.of(12, 34, 56)));
                t.column("ts", timestamp());
                t.column("ts_lit", timestamp().defaultValue(LocalDateTime.of(2024, 2, 29, 12, 34, 56)));
                t.column("ts_now", timestamp().nullable(false).defaultCurrentTimestamp());
                t.column("ts_sql_now", timestamp().serverDefault("CURRENT_TIMESTAMP"));
                t.column("bin", binary());
                t.column("bin16", binary(16).nullable(false));
                t.column("u", uuid());
                t.column("u_lit", uuid().defaultValue(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
                t.column("j", json());
                t.column("j_lit", json().defaultValue("{\"a\": 1}"));
            });
        }

        @Override
        public void downgrade(Op op) {
            op.dropTable("kinds");
        }
    }

    /** Integer keys that auto-increment (the default for a sole integer key) and keys that do not. */
    @Revision(id = "c_keys", message = "keys")
    static final class Keys implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createTable("auto_int", t -> t.column("id", integer().primaryKey()));
            op.createTable("auto_big", t -> t.column("id", bigInteger().primaryKey()));
            op.createTable("manual_int", t -> t.column("id", integer().primaryKey().autoIncrement(false)));
            op.createTable("manual_big", t -> t.column("id", bigInteger().primaryKey().autoIncrement(false)));
        }

        @Override
        public void downgrade(Op op) {
            for (String table : new String[] {"auto_int", "auto_big", "manual_int", "manual_big"}) {
                op.dropTable(table);
            }
        }
    }

    /** Sequences as a JPA model maps them, and two whose start lies below (above) the default bound. */
    @Revision(id = "c_seq", message = "sequences")
    static final class Sequences implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createSequence("order_seq", 1, 50);
            op.createSequence("plain");
            op.createSequence("from_zero", 0, 10);
            op.createSequence("countdown", 100, -5);
        }

        @Override
        public void downgrade(Op op) {
            for (String sequence : new String[] {"order_seq", "plain", "from_zero", "countdown"}) {
                op.dropSequence(sequence);
            }
        }
    }
}
