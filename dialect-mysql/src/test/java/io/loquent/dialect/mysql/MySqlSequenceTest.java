package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.schema.Sequence;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL for MariaDB's sequences, and MySQL's refusal, told apart by the server's version on a live connection
 * (a stand-in here: the servers of the ITs are MariaDB only). {@code MySqlReflectIT} reads them back.
 */
class MySqlSequenceTest {
    private static final CreateSequence ORDERS = new CreateSequence(new Sequence("order_seq", 1, 50));
    private final MySqlDialect dialect = new MySqlDialect();

    /** A connection whose only answer is the server's version, as the driver reports it. */
    static Connection serverOfVersion(String version) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(MySqlSequenceTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDatabaseProductVersion")) {
                        return version;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (Connection) Proxy.newProxyInstance(MySqlSequenceTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return metaData;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void offlineTheStatementsAreMariaDbs() {
        assertThat(dialect.render(ORDERS, RenderContext.offline()))
                .containsExactly("CREATE SEQUENCE `order_seq` START WITH 1 INCREMENT BY 50");
        assertThat(dialect.render(new CreateSequence(new Sequence("from_zero", 0, 10)), RenderContext.offline()))
                .containsExactly("CREATE SEQUENCE `from_zero` START WITH 0 INCREMENT BY 10 MINVALUE 0");
        assertThat(dialect.render(new DropSequence("order`seq"), RenderContext.offline()))
                .containsExactly("DROP SEQUENCE `order``seq`");
    }

    @Test
    void onlineMariaDbCreatesThemAndMySqlRefusesWithAdvice() {
        assertThat(dialect.render(ORDERS, RenderContext.online(serverOfVersion("10.11.6-MariaDB-0+deb12u1"))))
                .containsExactly("CREATE SEQUENCE `order_seq` START WITH 1 INCREMENT BY 50");
        assertThat(dialect.render(ORDERS, RenderContext.online(serverOfVersion("5.5.5-10.6.12-MariaDB-log"))))
                .as("MySQL's Connector/J on MariaDB").hasSize(1);
        String advice = ": MySQL 8.0.36 has no sequences (MariaDB 10.3 and later has). Let an AUTO_INCREMENT column"
                + " number the rows (JPA GenerationType.IDENTITY), or keep the counter in a table"
                + " (GenerationType.TABLE)";
        RenderContext mysql = RenderContext.online(serverOfVersion("8.0.36"));
        assertThatThrownBy(() -> dialect.render(ORDERS, mysql)).isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot create sequence order_seq" + advice);
        assertThatThrownBy(() -> dialect.render(new DropSequence("order_seq"), mysql))
                .isInstanceOf(NotSupportedException.class).hasMessage("mysql cannot drop sequence order_seq" + advice);
    }
}
