package io.loquent.testing;

import java.util.ArrayList;
import java.util.List;

/** Edits JDBC URLs of the {@code jdbc:<driver>://hosts/database?key=value&…} form that both servers' drivers take. */
final class JdbcUrl {
    private JdbcUrl() {
    }

    /** {@code url} with {@code key=value} as its only {@code key} parameter; {@code value} must need no escaping. */
    static String withParameter(String url, String key, String value) {
        int query = url.indexOf('?');
        List<String> parameters = new ArrayList<>();
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (!parameter.isEmpty() && !parameter.split("=", 2)[0].equals(key)) {
                    parameters.add(parameter);
                }
            }
        }
        parameters.add(key + "=" + value);
        return (query < 0 ? url : url.substring(0, query)) + "?" + String.join("&", parameters);
    }

    /** {@code url} with {@code database} in place of the database it names, or added where it names none. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        if (hosts < 0) {
            throw new IllegalArgumentException("not a jdbc:<driver>://host/database URL: " + url);
        }
        int query = url.indexOf('?', hosts);
        int end = query < 0 ? url.length() : query;
        int path = url.indexOf('/', hosts + 2);
        int start = path < 0 || path > end ? end : path;
        return url.substring(0, start) + "/" + database + url.substring(end);
    }
}
