package io.loquent.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** A parsed command line with relative targets ({@code -1}) restored to the form the user typed. */
final class Arguments {
    /** Stands in for {@code -} in front of a relative target while Commons CLI parses. */
    private static final char MINUS = '\u2212';

    private final CommandLine line;

    Arguments(CommandLine line) {
        this.line = line;
    }

    /**
     * Commons CLI reads a positional relative target such as {@code -1} as an unknown option, so such tokens pass
     * through it with a Unicode minus sign, which {@link #getArgs()} turns back. An option's value is left as typed
     * ({@code revision -m -1}, {@code --head -1}): Commons CLI takes a negative number there as the value itself.
     */
    static String[] protectRelative(Options options, String[] args) {
        String[] result = args.clone();
        Option valueOf = null;
        for (int i = 0; i < args.length; i++) {
            String token = args[i];
            boolean isValue = valueOf != null && !isOption(options, token);
            if (!isValue && token.matches("-\\d+")) {
                result[i] = MINUS + token.substring(1);
            }
            Option named = isOption(options, token) ? option(options, token) : null;
            if (named != null && named.hasArg() && !token.contains("=")) {
                valueOf = named;
            } else if (!isValue || !valueOf.hasArgs()) {
                valueOf = null;
            }
        }
        return result;
    }

    private static boolean isOption(Options options, String token) {
        return token.startsWith("-") && option(options, token) != null;
    }

    /** The option a token names, as Commons CLI matches it (a long option by a unique prefix); null if none. */
    private static Option option(Options options, String token) {
        String name = token.replaceFirst("^--?", "").replaceFirst("=.*", "");
        if (token.startsWith("--")) {
            List<String> matching = options.getMatchingOptions(name);
            return matching.size() == 1 ? options.getOption(matching.get(0)) : null;
        }
        return options.getOption(name);
    }

    String[] getArgs() {
        return Arrays.stream(line.getArgs()).map(a -> !a.isEmpty() && a.charAt(0) == MINUS ? "-" + a.substring(1) : a)
                .toArray(String[]::new);
    }

    String getOptionValue(String option) {
        return line.getOptionValue(option);
    }

    /** All values of a repeatable option; empty when it was not given. */
    List<String> getOptionValues(String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : List.of(values);
    }

    /** The options given, with their values. */
    List<Option> options() {
        return List.of(line.getOptions());
    }

    boolean hasOption(String option) {
        return line.hasOption(option);
    }
}
