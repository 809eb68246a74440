package io.loquent.dialect.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting a text of SQLite statements where SQLite itself would, and nowhere else. */
class StatementsTest {

    @Test
    void semicolonsInStringsNamesAndCommentsDoNotSplit() {
        assertThat(Statements.split("CREATE TABLE \"a;b\" (v TEXT DEFAULT ';'); -- c;\n"
                + "INSERT INTO [a;b] VALUES ('x;''y') /* ; */;;  SELECT `;`"))
                .containsExactly("CREATE TABLE \"a;b\" (v TEXT DEFAULT ';')",
                        "-- c;\nINSERT INTO [a;b] VALUES ('x;''y') /* ; */", "SELECT `;`");
    }

    @Test
    void aTriggerBodyStaysWholeCaseEndAndAll() {
        String trigger = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  UPDATE a SET v = CASE WHEN new.v IS NULL THEN 'end;' ELSE new.v END;\n"
                + "  INSERT INTO log VALUES (new.rowid);\nEND";
        assertThat(Statements.split("CREATE TABLE a (v); " + trigger + "; INSERT INTO a VALUES (1)"))
                .containsExactly("CREATE TABLE a (v)", trigger, "INSERT INTO a VALUES (1)");
        assertThat(Statements.split(trigger)).containsExactly(trigger);
    }

    @Test
    void onlyCommentsAfterTheLastStatementAddNothingAndUnreadableTextStaysWhole() {
        assertThat(Statements.split("SELECT 1; -- done")).containsExactly("SELECT 1");
        assertThat(Statements.split("SELECT 'open; SELECT 2")).containsExactly("SELECT 'open; SELECT 2");
    }
}
