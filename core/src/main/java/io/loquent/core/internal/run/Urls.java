package io.loquent.core.internal.run;

import java.util.regex.Pattern;

/** JDBC URLs as messages show them: never with a password. */
public final class Urls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private Urls() {
    }

    public static String redact(String url) {
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }
}
