package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnwritableCacheWarnsOnceInOneLineWithoutAStackTrace() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the cache's parent folder should be");
        CompileCache cache = new CompileCache(blocker.resolve("cache"), "test");
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(CompileCache.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            cache.store("sha256:01", Map.of("A", new byte[] {1}));
            cache.store("sha256:02", Map.of("B", new byte[] {2}));
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getThrown()).isNull();
        assertThat(records.get(0).getMessage()).isEqualTo("cannot write the compile cache in " + blocker.resolve("cache")
                + ": Not a directory; the scripts were compiled in memory and will be compiled"
                + " again next run. Make the folder writable or set cache_dir in loquent.properties to a writable folder");
        assertThat(cache.lookup("sha256:01")).isEmpty();
    }
}
