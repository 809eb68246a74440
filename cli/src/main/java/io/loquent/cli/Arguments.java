package io.loquent.cli;

import java.util.Arrays;
import org.apache.commons.cli.CommandLine;

/** A parsed command line with relative targets ({@code -1}) restored to the form the user typed. */
final class Arguments {
    /** Stands in for {@code -} in front of a relative target while Commons CLI parses. */
    static final char MINUS = '\u2212';

    private final CommandLine line;

    Arguments(CommandLine line) {
        this.line = line;
    }

    String[] getArgs() {
        return Arrays.stream(line.getArgs()).map(a -> a.charAt(0) == MINUS ? "-" + a.substring(1) : a)
                .toArray(String[]::new);
    }

    String getOptionValue(String option) {
        return line.getOptionValue(option);
    }

    /** All values of a repeatable option; empty when it was not given. */
    java.util.List<String> getOptionValues(String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? java.util.List.of() : java.util.List.of(values);
    }

    boolean hasOption(String option) {
        return line.hasOption(option);
    }
}
