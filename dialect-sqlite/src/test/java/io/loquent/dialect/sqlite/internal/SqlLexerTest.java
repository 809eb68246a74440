package io.loquent.dialect.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialect.sqlite.internal.SqlToken.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens, the names an expression uses, and renames within an expression. */
class SqlLexerTest {

    @Test
    void quotesStringsBlobsNumbersAndCommentsAreTokensOfTheirOwn() {
        List<SqlToken> tokens = SqlLexer.tokenize("\"a\"\"b\" `c` [d e] 'f''g' X'0A' 1.5e-3 0x1F -- x\n/* y */ ?1 a->>'$' <>");
        assertThat(tokens).extracting(SqlToken::type).containsExactly(Type.QUOTED, Type.QUOTED, Type.QUOTED,
                Type.STRING, Type.BLOB, Type.NUMBER, Type.NUMBER, Type.VARIABLE, Type.WORD, Type.PUNCT, Type.STRING,
                Type.PUNCT);
        assertThat(tokens).extracting(SqlToken::value).startsWith("a\"b", "c", "d e", "f'g");
        assertThat(tokens.get(5).text()).isEqualTo("1.5e-3");
        assertThat(tokens.get(9).text()).isEqualTo("->>");
    }

    @Test
    void aNumberMayOpenTheText() {
        assertThat(SqlLexer.tokenize("9.99")).extracting(SqlToken::type, SqlToken::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.NUMBER, "9.99"));
    }

    @Test
    void namesInAnExpressionLeaveOutStringsCommentsAndFunctions() {
        assertThat(ExpressionNames.in("lower(\"Name\") <> 'email' AND t.code /* score */ > [Level] -- ratio"))
                .containsExactly("name", "and", "t", "code", "level");
        assertThat(ExpressionNames.mentions("CREATE VIEW v AS SELECT * FROM \"Users\"", "users")).isTrue();
        assertThat(ExpressionNames.mentions("CREATE VIEW v AS SELECT 'users' FROM x", "users")).isFalse();
    }

    @Test
    void renamesTouchColumnsOnly() {
        assertThat(ExpressionNames.rename("a > 0 AND t.a < b AND a(1) AND 'a' <> a.x", Map.of("a", "z\"z", "b", "y"),
                n -> '"' + n.replace("\"", "\"\"") + '"'))
                .isEqualTo("\"z\"\"z\" > 0 AND t.\"z\"\"z\" < \"y\" AND a(1) AND 'a' <> a.x");
    }
}
