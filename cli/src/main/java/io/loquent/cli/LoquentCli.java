package io.loquent.cli;

import io.loquent.api.LoquentException;
import io.loquent.core.ConfigSources;
import io.loquent.core.Loquent;
import io.loquent.core.LoquentConfig;
import io.loquent.core.Plugins;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
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
    /** Held, as java.util.logging forgets the level of a logger nobody references. */
    private static final Logger LOQUENT_LOG = Logger.getLogger("io.loquent");

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
                .desc("a dialect by name (those found are listed below), for --sql without a URL of that database").get());
        options.addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        options.addOption(Option.builder().longOpt("version").desc("print Loquent's version").get());
        return options;
    }

    /** Runs one command line and returns the exit code; never calls {@code System.exit}. */
    public int run(String[] args) {
        LoquentException.useCommandLineWording(); // advice names commands here, not library calls
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
        if (global.hasOption("help")) {
            Help.print(out, dialects(global));
            return OK;
        }
        if (rest.length == 0) {
            return usage("no command given");
        }
        Command command = Command.named(rest[0]);
        if (command == null && rest[0].startsWith("-")) {
            // Global parsing stops at the first token it does not know, so an unknown option ends up here.
            return usage("unknown global option '" + rest[0] + "'");
        }
        if (command == null) {
            return usage("unknown command '" + rest[0] + "'");
        }
        Arguments line;
        try {
            Options options = command.options();
            line = new Arguments(new DefaultParser().parse(options,
                    Arguments.protectRelative(options, Arrays.copyOfRange(rest, 1, rest.length))));
            command.checkArguments(line);
        } catch (ParseException e) {
            return usage(rest[0] + ": " + e.getMessage());
        }
        AtomicReference<LoquentConfig> config = new AtomicReference<>();
        try {
            Printer printer = new Printer(out, err);
            command.run(line, new Context((settings, ignore) -> loquent(global, settings, ignore, printer, config), printer));
            return printer.exitCode();
        } catch (LoquentException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(e, e.getMessage(), debug, config.get());
        } catch (RuntimeException e) {
            // Not a failure Loquent foresaw: still one line, with the way to the details.
            return failed(e, "unexpected " + e.getClass().getName() + ": " + e.getMessage()
                    + (debug ? "" : ". Run again with --debug for the stack trace, and report it"), debug, config.get());
        }
    }

    /**
     * Prints the one {@code ERROR:} line (and with --debug the stack trace) with the configuration's passwords masked,
     * whichever part of Loquent quoted the driver that showed them.
     */
    private int failed(RuntimeException e, String message, boolean debug, LoquentConfig config) {
        UnaryOperator<String> redact = config == null ? UnaryOperator.identity() : config::redact;
        err.println(redact.apply("ERROR: " + message));
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(redact.apply(trace.toString()));
        }
        return FAILED;
    }

    private Loquent loquent(CommandLine global, Map<String, String> settings, boolean ignoreChecksums, Printer printer,
                            AtomicReference<LoquentConfig> built) {
        Map<String, String> flags = new HashMap<>(settings);
        flags.put("dialect", global.getOptionValue("dialect"));
        flags.put("url", global.getOptionValue("url"));
        flags.put("user", global.getOptionValue("user"));
        flags.put("password", global.getOptionValue("password"));
        LoquentConfig.Builder builder = ConfigSources.resolve(flags, env, configFile(global),
                global.getOptionValue("config") != null);
        LoquentConfig config = builder.listener(printer).ignoreChecksums(ignoreChecksums).build();
        built.set(config);
        return new Loquent(config);
    }

    /**
     * The dialects found with the plugins of this command line, for {@code --help}; a plugin setting that cannot be
     * used is a warning here (the help still prints) and the error of any other command.
     */
    private java.util.List<String> dialects(CommandLine global) {
        ClassLoader own = LoquentCli.class.getClassLoader();
        ClassLoader loader = own;
        try {
            loader = Plugins.loader(configFile(global), env, own);
        } catch (LoquentException | UncheckedIOException e) {
            err.println("WARNING: " + e.getMessage());
        }
        return Loquent.dialects(loader);
    }

    private static Path configFile(CommandLine global) {
        String file = global.getOptionValue("config");
        return Path.of(file != null ? file : "loquent.properties");
    }

    private int usage(String problem) {
        err.println("ERROR: " + problem + ". Run 'loquent --help' for usage.");
        return USAGE;
    }

    /**
     * The CLI speaks for itself: log records below WARNING stay quiet, Loquent's own come through with --debug, and
     * each is one line on stderr. Drivers stay at WARNING even then, as they log URLs with their passwords; MariaDB
     * Connector/J, which would print its own console warnings for errors Loquent already reports (quoting the
     * driver's message, which may hold the password), is silenced.
     */
    private static void quietLogging(boolean debug) {
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        LOQUENT_LOG.setLevel(debug ? Level.FINE : null);
        Formatter oneLine = new Formatter() {
            @Override
            public String format(LogRecord record) {
                String text = record.getLevel().getName() + ": " + formatMessage(record) + System.lineSeparator();
                if (debug && record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    text += trace;
                }
                return text;
            }
        };
        Arrays.stream(root.getHandlers()).forEach(h -> {
            h.setLevel(debug ? Level.FINE : Level.WARNING);
            h.setFormatter(oneLine);
        });
    }
}
