package io.loquent.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Docker path: PostgreSQL 16 and MySQL 8.4 as Testcontainers containers. Only this class names Testcontainers,
 * so that its classes are not even loaded when the environment names the servers.
 */
final class Containers {
    private Containers() {
    }

    /**
     * Whether a Docker engine answers. Testcontainers decides once per JVM: a missing socket is seen at once, and a
     * configured host that does not answer within its ping timeout (ten seconds) counts as no Docker.
     */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /**
     * Starts a container for {@code engine} and returns its server URL, with credentials. The container is never
     * stopped here: Testcontainers' reaper removes it when the JVM exits, so that every test class can reuse it.
     */
    static String start(Engine engine) {
        JdbcDatabaseContainer<?> container = switch (engine) {
            case POSTGRES -> new PostgreSQLContainer(DockerImageName.parse("postgres:16"));
            // Root, because each test class creates a database of its own; without TLS, MySQL 8.4's default
            // authentication (caching_sha2_password) needs the client to fetch the server's public key.
            case MYSQL -> new AnyDriverMySQLContainer().withUsername("root")
                    .withUrlParam("permitMysqlScheme", "true").withUrlParam("allowPublicKeyRetrieval", "true");
        };
        container.start();
        return JdbcUrl.withParameter(JdbcUrl.withParameter(container.getJdbcUrl(), "user", container.getUsername()),
                "password", container.getPassword());
    }

    /**
     * Testcontainers waits for MySQL by connecting through JDBC with MySQL Connector/J; Loquent's tests may have
     * MariaDB Connector/J instead, which the {@code permitMysqlScheme} parameter lets serve the container's URL.
     */
    private static final class AnyDriverMySQLContainer extends MySQLContainer {
        AnyDriverMySQLContainer() {
            super(DockerImageName.parse("mysql:8.4"));
        }

        @Override
        public String getDriverClassName() {
            String mysql = super.getDriverClassName();
            return present(mysql) || !present("org.mariadb.jdbc.Driver") ? mysql : "org.mariadb.jdbc.Driver";
        }

        private static boolean present(String className) {
            try {
                Class.forName(className, false, AnyDriverMySQLContainer.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}
