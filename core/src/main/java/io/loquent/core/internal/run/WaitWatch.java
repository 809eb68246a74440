package io.loquent.core.internal.run;

import io.loquent.api.dialect.WaitProbe;
import io.loquent.core.MigrationListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While a run holds the lock, asks the dialect's {@link WaitProbe} every few seconds, on the lock's otherwise idle
 * connection, whether the migration's session is waiting on another session, and tells the listener who that is. A
 * dialect without a probe costs nothing: no thread is started.
 */
final class WaitWatch implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WaitWatch.class.getName());
    static final long PERIOD_SECONDS = 2;

    private final ScheduledExecutorService executor;

    private WaitWatch(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static WaitWatch start(WaitProbe probe, Connection observer, MigrationListener listener) {
        if (probe == WaitProbe.NONE) {
            return new WaitWatch(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loquent-wait-watch");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                Optional<String> blockers = probe.blockers(observer);
                blockers.ifPresent(listener::statementWaiting);
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "could not ask what the migration waits for", e);
            }
        }, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return new WaitWatch(executor);
    }

    /** Stops asking, and waits for a question under way, so that the lock's connection is free again. */
    @Override
    public void close() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
