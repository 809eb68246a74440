package io.loquent.core.internal.run;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs and error text as Loquent shows them: never with a password. Drivers echo parts of the URL in their own
 * messages ({@code Incorrect port value : S3cret@127.0.0.1}, {@code UnknownHostException: u:S3cret@host}), so masking
 * the URL's shape is not enough: the passwords themselves are masked wherever they stand.
 */
public final class Urls {
    private static final String MASK = "***";
    private static final String SQLITE = "jdbc:sqlite:";
    /**
     * {@code password=…} up to the URL's next parameter, or to the end of the URL where it stands in a sentence (a
     * colon or full stop that ends the URL in a message is not taken for part of the password).
     */
    private static final Pattern PASSWORD = Pattern.compile(
            "(?i)(password=)(?<secret>[^&;\\s'\"]*?)(?=[&;\\s'\"]|[:.,)]*(?:\\s|$))");
    /** {@code //user:password@host}; greedy up to the last {@code @} before the path, as a password may hold one. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)(?<secret>[^/\\s]*)@");

    private Urls() {
    }

    /** The URL with the password of {@code password=} and of {@code user:password@} masked. */
    public static String redact(String url) {
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1" + MASK)).replaceAll("$1" + MASK + "@");
    }

    /**
     * Whether the URL names a database that is gone when its last connection closes: SQLite's in-memory forms
     * ({@code :memory:}, {@code file::memory:}, {@code mode=memory}) and its empty file name (a temporary file).
     */
    public static boolean forgetsAtExit(String url) {
        if (!url.regionMatches(true, 0, SQLITE, 0, SQLITE.length())) {
            return false;
        }
        String rest = url.substring(SQLITE.length());
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? "" : rest.substring(question + 1);
        return path.isEmpty() || path.equals(":memory:") || path.equals("file:") || path.startsWith("file::memory:")
                || ("&" + query + "&").toLowerCase(java.util.Locale.ROOT).contains("&mode=memory&");
    }

    /**
     * The file a SQLite URL names, when it is a plain file path that does not exist (opening it would create an empty
     * database); empty for any other URL, an in-memory one, or a file that exists.
     */
    public static Optional<Path> missingSqliteFile(String url) {
        if (url == null || !url.regionMatches(true, 0, SQLITE, 0, SQLITE.length()) || forgetsAtExit(url)) {
            return Optional.empty();
        }
        String rest = url.substring(SQLITE.length());
        String path = rest.indexOf('?') < 0 ? rest : rest.substring(0, rest.indexOf('?'));
        if (path.startsWith("file:")) {
            return Optional.empty(); // a URI form, which the driver resolves in ways of its own
        }
        Path file = Path.of(path);
        return Files.exists(file) ? Optional.empty() : Optional.of(file);
    }

    /**
     * Masks, in any text, the passwords found in {@code url} and {@code password} (as given and URL-decoded, as a
     * driver may show either), and any password-shaped part of a URL quoted in it.
     *
     * @param url      the configured URL, or null
     * @param password the configured password, or null
     */
    public static UnaryOperator<String> redactor(String url, String password) {
        Set<String> secrets = new LinkedHashSet<>();
        add(secrets, password);
        if (url != null) {
            collect(secrets, PASSWORD.matcher(url));
            collect(secrets, USER_INFO.matcher(url));
        }
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        // A secret counts only where it stands as a whole, not inside a longer word: a password 'e' must not mask
        // every e of the message.
        List<Pattern> patterns = longestFirst.stream()
                .map(secret -> Pattern.compile("(?<![\\p{Alnum}])" + Pattern.quote(secret) + "(?![\\p{Alnum}])"))
                .toList();
        return text -> {
            if (text == null) {
                return null;
            }
            String result = redact(text);
            for (Pattern secret : patterns) {
                result = secret.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
            }
            return result;
        };
    }

    /**
     * {@code failure} and its causes with every message passed through {@code redact}, keeping SQLState, vendor
     * code and stack traces; {@code failure} itself when no message changes. A copy is an {@link SQLException} (the
     * original class named in its message when it was another), as nothing else can be rebuilt faithfully.
     */
    public static Throwable scrubbed(Throwable failure, UnaryOperator<String> redact) {
        if (failure == null) {
            return null;
        }
        Throwable cause = failure.getCause() == failure ? null : scrubbed(failure.getCause(), redact);
        String message = redact.apply(failure.getMessage());
        if (Objects.equals(message, failure.getMessage()) && cause == failure.getCause()) {
            return failure;
        }
        SQLException copy = failure instanceof SQLException sql
                ? new SQLException(message, sql.getSQLState(), sql.getErrorCode())
                : new SQLException(failure.getClass().getName() + (message == null ? "" : ": " + message));
        copy.setStackTrace(failure.getStackTrace());
        copy.initCause(cause);
        return copy;
    }

    private static void collect(Set<String> secrets, Matcher matcher) {
        while (matcher.find()) {
            add(secrets, matcher.group("secret"));
        }
    }

    private static void add(Set<String> secrets, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        secrets.add(secret);
        try {
            secrets.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncoded) {
            // A '%' that starts no escape: the password is only ever shown as given.
        }
    }
}
