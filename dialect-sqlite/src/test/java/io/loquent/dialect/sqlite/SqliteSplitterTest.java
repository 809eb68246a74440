package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteSplitterTest {
    @Test
    void aTriggerBodyKeepsItsSemicolons() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; END";
        assertThat(new SqliteDialect().splitStatements(trigger + ";\nSELECT 'a;b';"))
                .containsExactly(trigger, "SELECT 'a;b'");
    }
}
