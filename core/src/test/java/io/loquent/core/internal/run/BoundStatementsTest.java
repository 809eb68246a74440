package io.loquent.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A script's own statements with {@code ?} parameters, as an offline script writes them and the history shows them. */
class BoundStatementsTest {
    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void eachPlaceholderBecomesTheNextValueAsALiteralButNotInsideQuotesOrComments() {
        String sql = "UPDATE t SET a = ?, \"b?\" = ? /* c? */ WHERE d = '?' AND e = ? -- f?\n AND g = 'it''s ?'";
        assertThat(BoundStatements.inline(dialect, sql, Arrays.asList("it's \\", null, 3)))
                .isEqualTo("UPDATE t SET a = 'it''s \\', \"b?\" = NULL /* c? */ WHERE d = '?' AND e = 3 -- f?\n"
                        + " AND g = 'it''s ?'");
    }

    @Test
    void placeholdersAndValuesThatDoNotPairUpAreRefused() {
        assertThatThrownBy(() -> BoundStatements.inline(dialect, "DELETE FROM t WHERE a = ? AND b = '?'", List.of()))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("the statement 'DELETE FROM t WHERE a = ? AND b = '?'' has 1 ? placeholder(s) for 0"
                        + " value(s): give one value per ?");
    }

    @Test
    void theHistoryShowsAHashOfTheValuesNotTheValues() {
        String shown = BoundStatements.shown("UPDATE t SET a = ? WHERE id = ?", List.of("secret@example.com", 1));
        assertThat(shown).matches("UPDATE t SET a = \\? WHERE id = \\? -- 2 values bound \\([0-9a-f]{8}\\)")
                .doesNotContain("secret");
        assertThat(BoundStatements.shown("UPDATE t SET a = ? WHERE id = ?", List.of("other@example.com", 1)))
                .isNotEqualTo(shown);
        assertThat(BoundStatements.shown("UPDATE t SET a = ? WHERE id = ?", List.of(1, "secret@example.com")))
                .as("the values' order counts").isNotEqualTo(shown);
        assertThat(BoundStatements.shown("DELETE FROM t", List.of())).isEqualTo("DELETE FROM t");
    }
}
