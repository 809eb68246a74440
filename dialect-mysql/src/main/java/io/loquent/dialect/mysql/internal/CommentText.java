package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.dialect.mysql.MySqlDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Writes the text of COMMENT clauses for one render. MySQL takes only quoted text there, whose backslashes mean what
 * the session's sql_mode says, so a comment with a backslash is written for the mode read from the session, once;
 * offline the mode is unknown and such a comment is refused rather than stored wrong.
 */
final class CommentText {
    private final MySqlDialect dialect;
    private final RenderContext context;
    private Boolean noBackslashEscapes;

    CommentText(MySqlDialect dialect, RenderContext context) {
        this.dialect = dialect;
        this.context = context;
    }

    /** {@code comment} as the quoted text of a COMMENT clause. */
    String literal(String comment) {
        if (comment.indexOf('\\') < 0) {
            return dialect.commentLiteral(comment, false);
        }
        if (noBackslashEscapes == null) {
            noBackslashEscapes = context.connection().map(CommentText::readMode).orElseThrow(() ->
                    new NotSupportedException(dialect.name(), "write the comment '" + comment + "' offline",
                            "a backslash in a MySQL COMMENT means what the session's sql_mode NO_BACKSLASH_ESCAPES"
                                    + " says, and COMMENT takes no other form of text. Run online, or write the comment"
                                    + " without a backslash"));
        }
        return dialect.commentLiteral(comment, noBackslashEscapes);
    }

    private static boolean readMode(java.sql.Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            return rs.getString(1).toUpperCase(Locale.ROOT).contains("NO_BACKSLASH_ESCAPES");
        } catch (SQLException e) {
            throw new LoquentException("Cannot read the session's sql_mode to write a comment with a backslash: "
                    + e.getMessage() + ". Write the comment without a backslash", e);
        }
    }
}
