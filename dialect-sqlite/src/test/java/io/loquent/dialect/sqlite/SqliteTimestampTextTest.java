package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp text a bound value gets is the formatters' text, to the digit. */
class SqliteTimestampTextTest {
    private static String formatted(LocalDateTime t) {
        return t.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + t.format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    @Test
    void isWhatTheIsoFormattersWrite() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            int nano = random.nextInt(1_000_000_000);
            nano -= nano % (int) Math.pow(10, random.nextInt(10)); // millis, micros, whole seconds as often as not
            LocalDateTime t = LocalDateTime.of(random.nextInt(10_040) - 20, 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);
            assertThat(SqliteDialect.text(t)).as("%s", t).isEqualTo(formatted(t));
        }
    }

    @Test
    void edgesOfTheFraction() {
        for (LocalDateTime t : new LocalDateTime[] {LocalDateTime.of(2026, 12, 1, 0, 0),
                LocalDateTime.of(2026, 12, 1, 0, 0, 0, 1), LocalDateTime.of(2026, 12, 1, 23, 59, 59, 999_999_999),
                LocalDateTime.of(2026, 12, 1, 12, 0, 0, 500_000_000), LocalDateTime.of(9999, 12, 31, 1, 2, 3, 120_000),
                LocalDateTime.of(0, 1, 1, 0, 0, 7)}) {
            assertThat(SqliteDialect.text(t)).isEqualTo(formatted(t));
        }
    }
}
