package io.loquent.cli;

import io.loquent.api.LoquentException;
import io.loquent.core.ConfigSources;
import io.loquent.core.Loquent;
import io.loquent.core.LoquentConfig;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code loquent [global options] COMMAND [args]}. Exit codes: 0 success, 1 failure (one {@code ERROR:} line, a stack
 * trace only with {@code --debug}), 2 bad usage.
 */
public final class LoquentCli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public LoquentCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(new LoquentCli(System.out, System.err, System.getenv()).run(args));
    }

    static Options globalOptions() {
        Options options = new Options();
        options.addOption(Option.builder("c").longOpt("config").hasArg().argName("FILE")
                .desc("configuration file (default ./loquent.properties)").get());
        options.addOption(Option.builder().longOpt("url").hasArg().argName("JDBC_URL").desc("database URL").get());
        options.addOption(Option.builder().longOpt("user").hasArg().argName("USER").desc("database user").get());
        options.addOption(Option.builder().longOpt("password").hasArg().argName("PASSWORD").desc("database password").get());
        options.addOption(Option.builder().longOpt("dialect").hasArg().argName("NAME")
                .desc("sqlite, postgresql or mysql, for --sql without a URL of that database").get());
        options.addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        options.addOption(Option.builder().longOpt("version").desc("print Loquent's version").get());
        return options;
    }

    /** Runs one command line and returns the exit code; never calls {@code System.exit}. */
    public int run(String[] args) {
        CommandLine global;
        try {
            global = new DefaultParser().parse(globalOptions(), args, true);
        } catch (ParseException e) {
            return usage(e.getMessage());
        }
        boolean debug = global.hasOption("debug");
        quietLogging(debug);
        if (global.hasOption("version")) {
            out.println("loquent " + io.loquent.core.Version.LOQUENT);
            return OK;
        }
        String[] rest = global.getArgs();
        if (global.hasOption("help") || rest.length == 0) {
            Help.print(out);
            return rest.length == 0 && !global.hasOption("help") ? USAGE : OK;
        }
        Command command = Command.named(rest[0]);
        if (command == null) {
            return usage("unknown command '" + rest[0] + "'");
        }
        Arguments line;
        try {
            line = new Arguments(new DefaultParser().parse(command.options(),
                    protectRelative(Arrays.copyOfRange(rest, 1, rest.length))));
            command.checkArguments(line);
        } catch (ParseException e) {
            return usage(rest[0] + ": " + e.getMessage());
        }
        try {
            Printer printer = new Printer(out, err);
            command.run(line, new Context(ignore -> loquent(global, ignore, printer), printer));
            return printer.exitCode();
        } catch (LoquentException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("ERROR: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return FAILED;
        } catch (RuntimeException e) {
            // Not a failure Loquent foresaw: still one line, with the way to the details.
            err.println("ERROR: unexpected " + e.getClass().getName() + ": " + e.getMessage()
                    + (debug ? "" : ". Run again with --debug for the stack trace, and report it"));
            if (debug) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    /**
     * Commons CLI reads a relative target such as {@code -1} as an unknown option; such tokens are passed through it
     * with a Unicode minus sign, which {@link Arguments} turns back.
     */
    private static String[] protectRelative(String[] args) {
        return Arrays.stream(args).map(a -> a.matches("-\\d+") ? Arguments.MINUS + a.substring(1) : a)
                .toArray(String[]::new);
    }

    private Loquent loquent(CommandLine global, boolean ignoreChecksums, Printer printer) {
        Map<String, String> flags = new HashMap<>();
        flags.put("dialect", global.getOptionValue("dialect"));
        flags.put("url", global.getOptionValue("url"));
        flags.put("user", global.getOptionValue("user"));
        flags.put("password", global.getOptionValue("password"));
        String file = global.getOptionValue("config");
        LoquentConfig.Builder builder = ConfigSources.resolve(flags, env,
                Path.of(file != null ? file : "loquent.properties"), file != null);
        return new Loquent(builder.listener(printer).ignoreChecksums(ignoreChecksums).build());
    }

    private int usage(String problem) {
        err.println("ERROR: " + problem + ". Run 'loquent --help' for usage.");
        return USAGE;
    }

    /**
     * The CLI speaks for itself: library log records below WARNING stay quiet unless --debug, and MariaDB
     * Connector/J, which would print its own console warnings for errors Loquent already reports, is silenced.
     */
    private static void quietLogging(boolean debug) {
        if (!debug && System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
        Logger root = Logger.getLogger("");
        Level level = debug ? Level.FINE : Level.WARNING;
        root.setLevel(level);
        Arrays.stream(root.getHandlers()).forEach(h -> h.setLevel(level));
    }
}
