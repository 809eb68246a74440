package io.loquent.cli;

import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The commands: each declares its options and arguments and makes one call to {@link Loquent}. */
enum Command {
    INIT("init", "[DIR]", "write loquent.properties and an empty migrations/ folder into DIR (default .)", 0, 1) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            Path dir = Path.of(line.getArgs().length == 0 ? "." : line.getArgs()[0]);
            printer.line("Wrote " + Loquent.init(dir) + " and " + dir.resolve("migrations") + "/");
        }
    },
    REVISION("revision", "-m MESSAGE [--rev-id ID]", "write a new revision file on top of the current head", 0, 0) {
        @Override
        Options options() {
            Options options = new Options();
            options.addOption(Option.builder("m").longOpt("message").hasArg().required().argName("MESSAGE")
                    .desc("what the revision does").get());
            options.addOption(Option.builder().longOpt("rev-id").hasArg().argName("ID").desc("the id to use").get());
            return options;
        }

        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            Path file = loquent.get().revision(line.getOptionValue("m"), line.getOptionValue("rev-id"));
            printer.line("Generated " + file);
        }
    },
    UPGRADE("upgrade", "TARGET", "apply revisions up to TARGET: head, heads, an id or prefix, +N", 1, 1) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            printer.ran(loquent.get().upgrade(line.getArgs()[0]), "upgrade");
        }
    },
    DOWNGRADE("downgrade", "TARGET", "revert revisions down to TARGET: base, an id or prefix, -N", 1, 1) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            printer.ran(loquent.get().downgrade(line.getArgs()[0]), "downgrade");
        }
    },
    CURRENT("current", "", "show the revisions the database is at", 0, 0) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            printer.current(loquent.get().current());
        }
    },
    HEADS("heads", "", "show the heads of the revision graph", 0, 0) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            loquent.get().heads().forEach(h -> printer.line(h.id() + " (head)"));
        }
    },
    HISTORY("history", "", "list the revisions, newest first", 0, 0) {
        @Override
        void run(Arguments line, Supplier<Loquent> loquent, Printer printer) {
            printer.history(loquent.get().history());
        }
    };

    final String name;
    final String synopsis;
    final String summary;
    private final int minArgs;
    private final int maxArgs;

    Command(String name, String synopsis, String summary, int minArgs, int maxArgs) {
        this.name = name;
        this.synopsis = synopsis;
        this.summary = summary;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    static Command named(String name) {
        for (Command c : values()) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    Options options() {
        return new Options();
    }

    void checkArguments(Arguments line) throws ParseException {
        int n = line.getArgs().length;
        if (n < minArgs || n > maxArgs) {
            throw new ParseException("expected " + (synopsis.isEmpty() ? "no arguments" : synopsis) + ", got "
                    + (n == 0 ? "none" : String.join(" ", line.getArgs())));
        }
    }

    abstract void run(Arguments line, Supplier<Loquent> loquent, Printer printer);
}
