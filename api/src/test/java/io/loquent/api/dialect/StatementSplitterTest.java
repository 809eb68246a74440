package io.loquent.api.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private final StatementSplitter splitter = StatementSplitter.ANSI;

    @Test
    void splitsAtSemicolonsAndStripsThem() {
        assertThat(splitter.split("CREATE TABLE a (id INT);\n INSERT INTO a VALUES (1) ;\n"))
                .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void semicolonsInLiteralsQuotedNamesAndCommentsDoNotSplit() {
        assertThat(splitter.split("INSERT INTO \"a;b\" VALUES ('x;''y');\n-- one; two\nSELECT 1 /* ; */;"))
                .containsExactly("INSERT INTO \"a;b\" VALUES ('x;''y')", "-- one; two\nSELECT 1 /* ; */");
    }

    @Test
    void aLastStatementNeedsNoSemicolonAndCommentOnlyPiecesAreDropped() {
        assertThat(splitter.split("SELECT 1;\n-- the end\n")).containsExactly("SELECT 1");
        assertThat(splitter.split("SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        assertThat(splitter.split("  \n-- nothing\n")).isEmpty();
    }

    @Test
    void anUnclosedLiteralRunsToTheEndForTheDatabaseToReport() {
        assertThat(splitter.split("SELECT 'a; b")).containsExactly("SELECT 'a; b");
    }

    @Test
    void theStandardKnowsNoDelimiterDirective() {
        assertThat(splitter.split("DELIMITER //\nSELECT 1;")).containsExactly("DELIMITER //\nSELECT 1");
    }
}
