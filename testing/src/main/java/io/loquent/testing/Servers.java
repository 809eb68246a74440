package io.loquent.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;

/**
 * Decides, once per JVM and engine, where the test databases come from: the server that the environment names, else
 * a container when Docker answers, else none. With none the tests are skipped after a loud message, unless
 * {@code LOQUENT_TEST_REQUIRE_DATABASES=true} (as CI sets it) makes that a failure, so that a missing server cannot
 * pass unnoticed.
 */
final class Servers {
    static final String REQUIRE_VARIABLE = "LOQUENT_TEST_REQUIRE_DATABASES";

    private static final Map<Engine, Optional<String>> FOUND = new ConcurrentHashMap<>();

    private Servers() {
    }

    /**
     * The server URL for {@code engine}, or empty after a loud message on stderr (the tests skip); fails instead when
     * databases are required.
     */
    static Optional<String> url(Engine engine) {
        // Lambdas rather than method references: Containers, and Testcontainers with it, load only if Docker is asked.
        Optional<String> url = FOUND.computeIfAbsent(engine,
                e -> find(e, System::getenv, () -> Containers.dockerAvailable(), c -> Containers.start(c)));
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
                Assertions.fail(engine.missingMessage() + " (" + REQUIRE_VARIABLE + "=true, so this is a failure.)");
            }
            System.err.println("\n**********\n** SKIPPED: " + engine.missingMessage() + "\n**********\n");
        }
        return url;
    }

    /** Where {@code engine}'s server is: the environment's, so that Docker is not even asked; else a container. */
    static Optional<String> find(Engine engine, Function<String, String> environment, BooleanSupplier dockerAvailable,
                                 Function<Engine, String> startContainer) {
        String configured = environment.apply(engine.variable());
        if (configured != null && !configured.isBlank()) {
            return Optional.of(engine.serverUrl(configured.strip()));
        }
        if (dockerAvailable.getAsBoolean()) {
            return Optional.of(engine.serverUrl(startContainer.apply(engine)));
        }
        return Optional.empty();
    }
}
