package io.loquent.core.internal.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each provider of a service comes from: the jar (or folder) whose {@code META-INF/services} file names it, so
 * that a provider that cannot be loaded is reported with the jar to fix or remove, not only its class.
 */
final class ProviderSources {
    private static final System.Logger LOG = System.getLogger(ProviderSources.class.getName());
    /** The class a ServiceLoader failure names: "Provider com.acme.X not found", "... could not be instantiated". */
    private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+) ");
    /** A services file a ServiceLoader failure names (a syntax error in it). */
    private static final Pattern SERVICES_URL = Pattern.compile("(\\S+)/META-INF/services/");

    /** A provider class named by a services file, and the jar or folder that holds the file. */
    record Entry(String className, String source) {
    }

    private final List<Entry> entries;

    private ProviderSources(List<Entry> entries) {
        this.entries = entries;
    }

    /** The providers of {@code service} that {@code loader}'s services files name, in the order ServiceLoader walks. */
    static ProviderSources of(Class<?> service, ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/services/" + service.getName()))) {
                String source = source(url.toString());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                            .forEach(name -> entries.add(new Entry(name, source)));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list the providers of " + service.getName(), e);
        }
        return new ProviderSources(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The jar or folder a ServiceLoader failure is about: the services file it names, or the one that lists the
     * provider it names; null when neither says.
     */
    String sourceOf(String failure) {
        Matcher url = SERVICES_URL.matcher(failure);
        if (url.find()) {
            return source(url.group(0));
        }
        Matcher provider = PROVIDER.matcher(failure + " ");
        if (provider.find()) {
            return entries.stream().filter(e -> e.className().equals(provider.group(1))).map(Entry::source)
                    .findFirst().orElse(null);
        }
        return null;
    }

    /** {@code /x/acme.jar} for {@code jar:file:/x/acme.jar!/META-INF/...}, {@code /x/classes} for a folder's file. */
    static String source(String url) {
        String path = url.replaceFirst("/?META-INF/services/.*$", "").replaceFirst("!$", "")
                .replaceFirst("^jar:", "");
        if (path.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(new java.net.URI(path)).toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return path.substring("file:".length());
            }
        }
        return path;
    }
}
