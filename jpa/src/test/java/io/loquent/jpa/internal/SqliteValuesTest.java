package io.loquent.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The text SqlitePlatform binds dates, times, timestamps and UUIDs as, and the text and numbers it reads back. */
class SqliteValuesTest {
    @Test
    void datesAndTimesAreWrittenAsSqlitesDateText() {
        assertThat(SqliteValues.text(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(SqliteValues.text(java.sql.Date.valueOf("2026-03-01"))).isEqualTo("2026-03-01");
        assertThat(SqliteValues.text(LocalTime.of(9, 30))).isEqualTo("09:30:00");
        assertThat(SqliteValues.text(Time.valueOf("09:30:15"))).isEqualTo("09:30:15");
        assertThat(SqliteValues.text(LocalDateTime.of(2026, 3, 1, 9, 30, 15, 250_000_000)))
                .isEqualTo("2026-03-01 09:30:15.250");
        assertThat(SqliteValues.text(LocalDateTime.of(2026, 3, 1, 9, 30))).isEqualTo("2026-03-01 09:30:00");
    }

    @Test
    void timestampsWithAZoneAreWrittenInUtcAsCurrentTimestampIs() {
        Instant instant = Instant.parse("2026-03-01T09:30:15Z");
        assertThat(SqliteValues.text(instant)).isEqualTo("2026-03-01 09:30:15");
        assertThat(SqliteValues.text(OffsetDateTime.of(2026, 3, 1, 11, 30, 15, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("2026-03-01 09:30:15");
        assertThat(SqliteValues.text(Timestamp.from(instant.plusMillis(7)))).isEqualTo("2026-03-01 09:30:15.007");
    }

    @Test
    void uuidsAreTheirTextAndOtherValuesAreBoundAsTheyStand() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(SqliteValues.text(uuid)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(SqliteValues.text("text")).isNull();
        assertThat(SqliteValues.text(42)).isNull();
    }

    @Test
    void textIsReadInSqlitesAndIsosFormsByTheAttributesType() {
        assertThat(SqliteValues.parse("2026-03-01", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(SqliteValues.parse("2026-03-01 09:30:15", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30, 15));
        assertThat(SqliteValues.parse("2026-03-01T09:30", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
        assertThat(SqliteValues.parse("2026-03-01 09:30:15.5", Instant.class))
                .isEqualTo(Timestamp.from(Instant.parse("2026-03-01T09:30:15.500Z")));
        assertThat(SqliteValues.parse("2026-03-01T11:30:15+02:00", Instant.class))
                .isEqualTo(Timestamp.from(Instant.parse("2026-03-01T09:30:15Z")));
        assertThat(SqliteValues.parse("2026-03-01 09:30:15", java.sql.Date.class))
                .isEqualTo(java.sql.Date.valueOf("2026-03-01"));
        assertThat(SqliteValues.parseTime("09:30:15.250", LocalTime.class)).isEqualTo(LocalTime.of(9, 30, 15, 250_000_000));
        assertThat(SqliteValues.parse("2026-03-01", String.class)).isNull();
    }

    @Test
    void conversionsReadTextNumbersAndUuidText() {
        SqliteConversions conversions = new SqliteConversions();
        assertThat(conversions.convertObject("2026-03-01 09:30:15", Instant.class))
                .isEqualTo(Instant.parse("2026-03-01T09:30:15Z"));
        assertThat(conversions.convertObject("2026-03-01", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(conversions.convertObject("09:30", LocalTime.class)).isEqualTo(LocalTime.of(9, 30));
        long millis = Instant.parse("2026-03-01T09:30:15Z").toEpochMilli();
        assertThat(conversions.convertObject(millis, Instant.class)).isEqualTo(Instant.ofEpochMilli(millis));
        assertThat(conversions.convertObject("123e4567-e89b-12d3-a456-426614174000", UUID.class))
                .isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(conversions.convertObject("12", Integer.class)).isEqualTo(12);
        assertThat(conversions.convertObject("not a date", String.class)).isEqualTo("not a date");
    }
}
