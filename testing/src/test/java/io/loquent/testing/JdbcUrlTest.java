package io.loquent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    @Test
    void withParameterAddsOrReplacesOneParameter() {
        assertThat(JdbcUrl.withParameter("jdbc:postgresql://h:5432/postgres", "currentSchema", "s"))
                .isEqualTo("jdbc:postgresql://h:5432/postgres?currentSchema=s");
        assertThat(JdbcUrl.withParameter("jdbc:postgresql://h/db?user=u&currentSchema=old&ssl=false", "currentSchema",
                "s")).isEqualTo("jdbc:postgresql://h/db?user=u&ssl=false&currentSchema=s");
        assertThat(JdbcUrl.withParameter("jdbc:mysql://h/db?", "user", "root"))
                .isEqualTo("jdbc:mysql://h/db?user=root");
    }

    @Test
    void withDatabaseReplacesOrAddsThePath() {
        assertThat(JdbcUrl.withDatabase("jdbc:mariadb://127.0.0.1:3306/test?user=root", "x"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/x?user=root");
        assertThat(JdbcUrl.withDatabase("jdbc:mariadb://h:3306?user=root", "x"))
                .isEqualTo("jdbc:mariadb://h:3306/x?user=root");
        assertThat(JdbcUrl.withDatabase("jdbc:mysql://h", "x")).isEqualTo("jdbc:mysql://h/x");
        assertThat(JdbcUrl.withDatabase("jdbc:mysql://h/", "x")).isEqualTo("jdbc:mysql://h/x");
        assertThat(JdbcUrl.withDatabase("jdbc:mysql://h/db?a=b/c", "x")).isEqualTo("jdbc:mysql://h/x?a=b/c");
    }
}
