package io.loquent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the databases come from, with the environment and Docker played by fakes. */
class ServersTest {
    private static final String CONTAINER = "jdbc:mysql://localhost:32768/test?user=root&password=test";

    private static Optional<String> find(Engine engine, Map<String, String> environment, boolean docker) {
        return Servers.find(engine, environment::get, () -> docker, e -> CONTAINER);
    }

    @Test
    void theEnvironmentWinsAndDockerIsNotAsked() {
        Map<String, String> environment = Map.of("LOQUENT_TEST_POSTGRES_URL", " jdbc:postgresql://h/db?user=u ");
        assertThat(Servers.find(Engine.POSTGRES, environment::get, () -> {
            throw new AssertionError("Docker was asked");
        }, e -> {
            throw new AssertionError("a container was started");
        })).contains("jdbc:postgresql://h/db?user=u");
    }

    @Test
    void dockerServesAnEngineTheEnvironmentDoesNotName() {
        Map<String, String> environment = Map.of("LOQUENT_TEST_POSTGRES_URL", "jdbc:postgresql://h/db");
        assertThat(find(Engine.MYSQL, environment, true)).contains(CONTAINER + "&permitMysqlScheme=true");
        assertThat(find(Engine.MYSQL, environment, false)).isEmpty();
    }

    @Test
    void mariadbDriverIsLetServeMysqlUrls() {
        assertThat(find(Engine.MYSQL, Map.of("LOQUENT_TEST_MYSQL_URL", "jdbc:mysql://h/test"), false))
                .contains("jdbc:mysql://h/test?permitMysqlScheme=true");
        assertThat(find(Engine.MYSQL, Map.of("LOQUENT_TEST_MYSQL_URL", "jdbc:mariadb://h/test"), false))
                .contains("jdbc:mariadb://h/test");
    }

    @Test
    void eachTestClassGetsItsOwnDatabaseOrSchemaInTheUrl() {
        assertThat(Engine.POSTGRES.databaseUrl("jdbc:postgresql://h/postgres?user=postgres", "loquent_it_1"))
                .isEqualTo("jdbc:postgresql://h/postgres?user=postgres&currentSchema=loquent_it_1");
        assertThat(Engine.MYSQL.databaseUrl("jdbc:mariadb://h:3306/test?user=root", "loquent_it_1"))
                .isEqualTo("jdbc:mariadb://h:3306/loquent_it_1?user=root");
    }
}
