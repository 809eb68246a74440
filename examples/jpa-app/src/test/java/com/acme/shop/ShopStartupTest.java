package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application starts on an empty database, which its persistence unit migrates before serving. */
class ShopStartupTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseIsMigratedBeforeTheFirstEntityManager() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        try (Shop shop = Shop.open(url)) {
            Customer ada = shop.register("Ada", "ada@example.com");
            shop.order(ada, new BigDecimal("12.50"));
            shop.order(ada, new BigDecimal("7.50"));
            assertThat(shop.totals()).singleElement().satisfies(row -> {
                assertThat(row[0]).isEqualTo("Ada");
                assertThat(new BigDecimal(row[1].toString())).isEqualByComparingTo("20.00");
            });
        }
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT version_num FROM loquent_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("s2");
        }
        try (Shop again = Shop.open(url)) {
            assertThat(again.totals()).as("a second start finds the data, and migrates nothing").hasSize(1);
        }
    }
}
