package io.loquent.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The history's timestamps, read by hand in their common shapes, are what the formatter reads. */
class HistoryStoreTest {
    @Test
    void startedAtReadsEveryShapeTheDatabasesReturn() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int nano = random.nextInt(1_000_000_000);
            nano -= nano % (int) Math.pow(10, random.nextInt(10));
            LocalDateTime t = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);
            String text = t.format(DateTimeFormatter.ISO_LOCAL_DATE) + (random.nextBoolean() ? " " : "T")
                    + t.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + fraction(nano, random.nextInt(3));
            assertThat(HistoryStore.startedAt(text)).as(text).isEqualTo(t);
        }
    }

    /** The fraction as ISO writes it (digits as needed), padded to milliseconds (MariaDB) or to nine digits. */
    private static String fraction(int nano, int style) {
        if (nano == 0) {
            return style == 1 ? ".000" : "";
        }
        String nine = String.format("%09d", nano);
        return "." + (style == 2 ? nine : nine.replaceAll("0+$", ""));
    }

    @Test
    void otherShapesGoToTheFormatterWhichSaysWhatIsWrong() {
        assertThat(HistoryStore.startedAt("2024-01-31 12:00:00.5")).isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 0, 0,
                500_000_000));
        assertThatThrownBy(() -> HistoryStore.startedAt("2024-01-31 12:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> HistoryStore.startedAt("2024-01-31 1x:00:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> HistoryStore.startedAt("2024-02-30 12:00:00")).isInstanceOf(java.time.DateTimeException.class);
    }
}
