package io.loquent.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void urlShapesAreMasked() {
        assertThat(Urls.redact("jdbc:mariadb://root:S3cret@127.0.0.1:1/x")).isEqualTo("jdbc:mariadb://root:***@127.0.0.1:1/x");
        assertThat(Urls.redact("jdbc:mysql://u:p@ss@h/x")).isEqualTo("jdbc:mysql://u:***@h/x");
        assertThat(Urls.redact("jdbc:postgresql://h/x?user=u&password=S3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/x?user=u&password=***&ssl=true");
        assertThat(Urls.redact("jdbc:sqlserver://h;user=u;Password=S3cret;db=x")).isEqualTo("jdbc:sqlserver://h;user=u;Password=***;db=x");
    }

    @Test
    void passwordsAreMaskedWhereverADriverEchoesThem() {
        UnaryOperator<String> userInfo = Urls.redactor("jdbc:mariadb://root:S3cret@127.0.0.1:1/x", null);
        assertThat(userInfo.apply("Incorrect port value : S3cret@127.0.0.1")).isEqualTo("Incorrect port value : ***@127.0.0.1");
        UnaryOperator<String> query = Urls.redactor("jdbc:postgresql://h/x?password=S3%40cret&user=u", null);
        assertThat(query.apply("bad password S3%40cret, that is S3@cret")).isEqualTo("bad password ***, that is ***");
        UnaryOperator<String> given = Urls.redactor("jdbc:postgresql://h/x", "hunter2");
        assertThat(given.apply("password 'hunter2' rejected")).isEqualTo("password '***' rejected");
        assertThat(given.apply(null)).isNull();
        assertThat(Urls.redactor(null, "").apply("nothing to hide")).isEqualTo("nothing to hide");
    }

    /** The mask takes the password, not the sentence after it: the reason and the advice stay readable. */
    @Test
    void theMaskEndsWhereThePasswordEnds() {
        String url = "jdbc:postgresql://127.0.0.1:1/x?user=u&password=S3cret";
        assertThat(Urls.redactor(url, null).apply("cannot use database " + url + ": Connection to 127.0.0.1:1 refused."
                + " Check the URL")).isEqualTo("cannot use database jdbc:postgresql://127.0.0.1:1/x?user=u&password=***:"
                + " Connection to 127.0.0.1:1 refused. Check the URL");
        assertThat(Urls.redact("see password=S3cret and more")).isEqualTo("see password=*** and more");
    }

    /** A short password is masked where it stands alone, never inside the words of a message. */
    @Test
    void aShortPasswordDoesNotMaskTheLettersOfOtherWords() {
        UnaryOperator<String> redact = Urls.redactor("jdbc:mariadb://root:e@127.0.0.1:1/x", "e");
        assertThat(redact.apply("cannot use database jdbc:mariadb://root:e@127.0.0.1:1/x: access denied for e"))
                .isEqualTo("cannot use database jdbc:mariadb://root:***@127.0.0.1:1/x: access denied for ***");
    }

    @Test
    void scrubbedCopiesTheChainOnlyWhereAMessageHoldsAPassword() {
        UnaryOperator<String> redact = Urls.redactor("jdbc:postgresql://u:S3cret@h/x", null);
        SQLException failure = new SQLException("The connection attempt failed", "08001", 7,
                new UnknownHostException("u:S3cret@h"));
        Throwable scrubbed = Urls.scrubbed(failure, redact);
        assertThat(scrubbed).isInstanceOf(SQLException.class).hasMessage("The connection attempt failed")
                .isNotSameAs(failure);
        assertThat(((SQLException) scrubbed).getSQLState()).isEqualTo("08001");
        assertThat(((SQLException) scrubbed).getErrorCode()).isEqualTo(7);
        assertThat(scrubbed.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(scrubbed.getCause()).hasMessage("java.net.UnknownHostException: u:***@h");

        SQLException clean = new SQLException("refused", "08001");
        assertThat(Urls.scrubbed(clean, redact)).isSameAs(clean);
    }

    @Test
    void sqliteDatabasesThatVanishAtExitAreRecognised() {
        assertThat(Urls.forgetsAtExit("jdbc:sqlite::memory:")).isTrue();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:")).isTrue();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:?journal_mode=wal")).isTrue();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:file::memory:?cache=shared")).isTrue();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:file:app?mode=memory&cache=shared")).isTrue();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:app.db")).isFalse();
        assertThat(Urls.forgetsAtExit("jdbc:sqlite:file:app.db?mode=rwc")).isFalse();
        assertThat(Urls.forgetsAtExit("jdbc:postgresql://h/memory")).isFalse();
    }
}
