package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.core.ConfigurationException;
import io.loquent.core.DialectNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds dialects with {@link ServiceLoader}; a miss names what was found and the artifact that would serve. A broken
 * provider (a services line naming a missing class, a class that fails to construct) is skipped with a warning so
 * that one bad jar cannot stop every run; when nothing else serves, the error names it and why it is broken.
 */
public final class Dialects {
    private static final System.Logger LOG = System.getLogger(Dialects.class.getName());

    /** First-party artifacts by JDBC URL prefix, to say which one to add. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "jdbc:sqlite:", "io.loquent:loquent-dialect-sqlite",
            "jdbc:postgresql:", "io.loquent:loquent-dialect-postgres",
            "jdbc:mysql:", "io.loquent:loquent-dialect-mysql",
            "jdbc:mariadb:", "io.loquent:loquent-dialect-mysql");

    /** Stops the walk past broken providers should a class loader keep failing on the same one. */
    private static final int MAX_BROKEN = 100;

    /** The broken providers warned about, per class loader: a run looks dialects up more than once. */
    private static final Map<ClassLoader, Set<String>> WARNED = Collections.synchronizedMap(new WeakHashMap<>());

    private Dialects() {
    }

    /** The dialects found, and a line for each provider that could not be loaded. */
    private record Found(List<Dialect> dialects, List<String> broken) {
        String names() {
            String names = dialects.isEmpty() ? "none" : String.join(", ", dialects.stream().map(Dialect::name).toList());
            return broken.isEmpty() ? names : names + "; broken: " + String.join("; ", broken);
        }

        DialectNotFoundException notFound(String what, String advice) {
            return new DialectNotFoundException(what + " (found: " + names() + "). " + advice
                    + (broken.isEmpty() ? "" : ", or fix or remove the broken provider"),
                    dialects.stream().map(Dialect::name).toList());
        }
    }

    /**
     * Every dialect {@code loader} provides. A provider that fails (its class missing, not a dialect, its constructor
     * or its class's initialiser throwing, a class compiled against another API or Java) is skipped with one warning,
     * once per class loader, naming the jar whose services file lists it.
     */
    private static Found load(ClassLoader loader) {
        List<Dialect> dialects = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Boolean> unnamed = new ArrayList<>(); // whether the failure names no provider (a LinkageError)
        Iterator<Dialect> providers = ServiceLoader.load(Dialect.class, loader).iterator();
        while (failures.size() < MAX_BROKEN) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                dialects.add(providers.next());
            } catch (ServiceConfigurationError e) {
                failures.add(e.getMessage().replaceFirst("^" + Dialect.class.getName() + ": ", "")
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                unnamed.add(false);
            } catch (LinkageError e) {
                // ServiceLoader lets these through: a provider whose superclass or a class it needs is missing.
                failures.add(e.toString());
                unnamed.add(true);
            }
        }
        if (failures.isEmpty()) {
            return new Found(dialects, List.of());
        }
        return new Found(dialects, broken(loader, dialects, failures, unnamed));
    }

    /** Each failure with the jar it comes from, warned about once per class loader. */
    private static List<String> broken(ClassLoader loader, List<Dialect> dialects, List<String> failures,
                                       List<Boolean> unnamed) {
        ProviderSources sources = ProviderSources.of(Dialect.class, loader);
        // A LinkageError names no provider: the entries that neither loaded nor failed by name are those, in order.
        Set<String> accounted = new java.util.HashSet<>();
        dialects.forEach(d -> accounted.add(d.getClass().getName()));
        Iterator<ProviderSources.Entry> silent = sources.entries().stream()
                .filter(e -> !accounted.contains(e.className()) && failures.stream()
                        .noneMatch(f -> f.startsWith("Provider " + e.className() + " ")))
                .iterator();
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < failures.size(); i++) {
            String failure = failures.get(i);
            String source;
            if (unnamed.get(i) && silent.hasNext()) {
                ProviderSources.Entry entry = silent.next();
                failure = "Provider " + entry.className() + " cannot be loaded (" + failure + ")";
                source = entry.source();
            } else {
                source = sources.sourceOf(failure);
            }
            String line = (source == null ? "" : source + ": ") + failure;
            broken.add(line);
            if (WARNED.computeIfAbsent(loader, l -> ConcurrentHashMap.newKeySet()).add(line)) {
                LOG.log(System.Logger.Level.WARNING, "skipping a broken dialect provider" + (source == null ? ": "
                        : " in " + source + ": ") + failure + ". Fix or remove " + (source != null && source.endsWith(".jar") ? "that jar" : "it"));
            }
        }
        return broken;
    }

    /** The names of the dialects {@code loader} provides, broken providers skipped with a warning. */
    public static List<String> names(ClassLoader loader) {
        return load(loader).dialects().stream().map(Dialect::name).toList();
    }

    /** The dialect that accepts {@code url}. */
    public static Dialect forUrl(String url, ClassLoader loader) {
        Found found = load(loader);
        Dialect dialect = accepting(found, url);
        if (dialect != null) {
            return dialect;
        }
        String artifact = ARTIFACTS.entrySet().stream().filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String advice = artifact != null ? "Add " + artifact + " to the class path"
                : "Loquent has no dialect for this database; a third-party dialect implements io.loquent.api.dialect.Dialect";
        throw found.notFound("no dialect accepts the URL '" + Urls.redact(url) + "'", advice);
    }

    /** The dialect called {@code name}, for offline SQL without a URL or to choose one explicitly. */
    public static Dialect named(String name, ClassLoader loader) {
        Found found = load(loader);
        return found.dialects().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> found.notFound("no dialect named '" + name + "'", "Use one of those names"));
    }

    /**
     * The URL to connect to {@code url} with {@code dialect}. A dialect chosen by name that does not serve the URL,
     * while another dialect does, would run its SQL on the wrong database ({@code no such function: DATABASE}), so
     * it is refused before connecting; a URL no dialect claims (a proxy driver's) is left to the named dialect, and
     * offline SQL, which never connects, may name any dialect.
     */
    public static String connectionUrl(Dialect dialect, String url, ClassLoader loader) {
        Dialect serving = dialect.acceptsUrl(url) ? null : accepting(load(loader), url);
        if (serving != null) {
            throw new ConfigurationException("dialect '" + dialect.name() + "' does not serve the URL '"
                    + Urls.redact(url) + "': that is a " + serving.name() + " database. Leave the dialect setting out,"
                    + " or set it to '" + serving.name() + "'");
        }
        return dialect.connectionUrl(url);
    }

    private static Dialect accepting(Found found, String url) {
        return found.dialects().stream().filter(d -> d.acceptsUrl(url)).findFirst().orElse(null);
    }
}
