package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {
    @Test
    void eachLineBreakStartsAnotherCommentLine() {
        assertThat(CommentText.lines("one\ntwo\r\nthree\rfour\u2028five")).containsExactly("one", "two", "three",
                "four", "five");
    }

    @Test
    void aBackslashThatCouldStartAUnicodeEscapeIsDoubled() {
        // Built with a char so that javac does not read the escape in this very file.
        String u = "\\" + "u";
        assertThat(CommentText.lines(u + "000a")).containsExactly("\\" + u + "000a");
        assertThat(CommentText.lines(u + "uuZZZZ")).containsExactly("\\" + u + "uuZZZZ");
        assertThat(CommentText.lines("\\" + u + "000a")).as("already two: no escape").containsExactly("\\" + u + "000a");
        assertThat(CommentText.lines("\\\\" + u)).containsExactly("\\\\\\" + u);
        assertThat(CommentText.lines("C:\\path\\new")).as("other backslashes stay").containsExactly("C:\\path\\new");
    }

    @Test
    void controlsAndUnpairedSurrogatesBecomeTheReplacementCharacter() {
        assertThat(CommentText.lines("a\u0000b\tc\u007f" + (char) 0xD800 + "d\uD83D\uDE00"))
                .containsExactly("a\uFFFDb c\uFFFD\uFFFDd\uD83D\uDE00");
    }

    @Test
    void commentEndsAndNonAsciiStayAsTheyAre() {
        assertThat(CommentText.lines("*/ /* café \" '")).containsExactly("*/ /* café \" '");
    }
}
