package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.DialectNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds dialects with {@link ServiceLoader}; a miss names what was found and the artifact that would serve. */
public final class Dialects {
    /** First-party artifacts by JDBC URL prefix, to say which one to add. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "jdbc:sqlite:", "io.loquent:loquent-dialect-sqlite",
            "jdbc:postgresql:", "io.loquent:loquent-dialect-postgres",
            "jdbc:mysql:", "io.loquent:loquent-dialect-mysql",
            "jdbc:mariadb:", "io.loquent:loquent-dialect-mysql");

    private Dialects() {
    }

    public static List<Dialect> available(ClassLoader loader) {
        List<Dialect> found = new ArrayList<>();
        ServiceLoader.load(Dialect.class, loader).forEach(found::add);
        return found;
    }

    /** The dialect that accepts {@code url}. */
    public static Dialect forUrl(String url, ClassLoader loader) {
        List<Dialect> found = available(loader);
        for (Dialect d : found) {
            if (d.acceptsUrl(url)) {
                return d;
            }
        }
        String artifact = ARTIFACTS.entrySet().stream().filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String advice = artifact != null ? "Add " + artifact + " to the class path"
                : "Loquent has no dialect for this database; a third-party dialect implements io.loquent.api.dialect.Dialect";
        throw new DialectNotFoundException("no dialect accepts the URL '" + Urls.redact(url) + "' (found: "
                + names(found) + "). " + advice, found.stream().map(Dialect::name).toList());
    }

    /** The dialect called {@code name}, for offline SQL without a URL. */
    public static Dialect named(String name, ClassLoader loader) {
        List<Dialect> found = available(loader);
        return found.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new DialectNotFoundException("no dialect named '" + name + "' (found: " + names(found)
                        + "). Use one of those names", found.stream().map(Dialect::name).toList()));
    }

    private static String names(List<Dialect> found) {
        return found.isEmpty() ? "none" : String.join(", ", found.stream().map(Dialect::name).toList());
    }
}
