package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MySqlSplitterTest {
    private final MySqlDialect dialect = new MySqlDialect();

    @Test
    void aDelimiterLineKeepsAProcedureBodyWhole() {
        String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\nDELIMITER ;\nCALL p();\n";
        assertThat(dialect.splitStatements(script))
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "CALL p()");
    }

    @Test
    void backslashEscapesBackTicksAndHashCommentsArePieces() {
        assertThat(dialect.splitStatements("INSERT INTO `a;b` VALUES ('it\\'s; x');\n# c; d\nSELECT 2"))
                .containsExactly("INSERT INTO `a;b` VALUES ('it\\'s; x')", "# c; d\nSELECT 2");
    }

    @Test
    void doubleMinusWithoutASpaceIsNoComment() {
        assertThat(dialect.splitStatements("SELECT 1--1; SELECT 2")).containsExactly("SELECT 1--1", "SELECT 2");
    }

    @Test
    void anOfflineScriptWrapsOnlyAStatementWithSemicolonsOfItsOwnInDelimiterLines() {
        String procedure = "CREATE PROCEDURE p() BEGIN SELECT 1; END";
        assertThat(dialect.scriptStatement(procedure))
                .isEqualTo("DELIMITER //\n" + procedure + " //\nDELIMITER ;\n");
        assertThat(dialect.splitStatements(dialect.scriptStatement(procedure) + dialect.scriptStatement("SELECT ';'")))
                .containsExactly(procedure, "SELECT ';'");
    }
}
