package io.loquent.cli;

import io.loquent.core.Loquent;
import io.loquent.core.RevisionDetail;
import io.loquent.core.RevisionRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The commands: each declares its options and arguments and makes one call to {@link Loquent}. */
enum Command {
    INIT("init", "[DIR]", "write loquent.properties and an empty migrations/ folder into DIR (default .)", 0, 1) {
        @Override
        void run(Arguments a, Context c) {
            Path dir = Path.of(a.getArgs().length == 0 ? "." : a.getArgs()[0]);
            c.printer().line("Wrote " + Loquent.init(dir) + " and " + dir.resolve("migrations") + "/");
        }
    },
    REVISION("revision", "-m MSG [--head REV] [--splice] [--branch-label L] [--depends-on REV] [--rev-id ID]",
            "write a new revision file and print its path", 0, 0) {
        @Override
        Options options() {
            return Options2.of(message(), revId(),
                    Option.builder().longOpt("head").hasArg().argName("REV").desc("the parent: a revision, or base").get(),
                    Option.builder().longOpt("splice").desc("allow a parent that is not a head").get(),
                    Option.builder().longOpt("branch-label").hasArgs().argName("LABEL").desc("label the new branch").get(),
                    Option.builder().longOpt("depends-on").hasArgs().argName("REV").desc("a dependency").get());
        }

        @Override
        void run(Arguments a, Context c) {
            RevisionRequest request = new RevisionRequest(a.getOptionValue("m"), a.getOptionValue("rev-id"),
                    a.getOptionValue("head"), a.hasOption("splice"), a.getOptionValues("branch-label"),
                    a.getOptionValues("depends-on"));
            c.printer().line("Generated " + c.loquent().revision(request));
        }
    },
    MERGE("merge", "-m MSG [--rev-id ID] REV REV...", "write a revision that joins two or more heads", 1, Integer.MAX_VALUE) {
        @Override
        Options options() {
            return Options2.of(message(), revId());
        }

        @Override
        void run(Arguments a, Context c) {
            Path file = c.loquent().merge(a.getOptionValue("m"), List.of(a.getArgs()), a.getOptionValue("rev-id"));
            c.printer().line("Generated " + file);
        }
    },
    UPGRADE("upgrade", "TARGET [--sql] [--dry-run] [--resume] [--ignore-checksums]",
            "apply revisions up to TARGET (head, heads, REV, +N, LABEL@head, ...)", 1, 1) {
        @Override
        Options options() {
            return Options2.of(sql(), dryRun(), resume(), Option.builder().longOpt("ignore-checksums")
                    .desc("run even if applied scripts have changed").get());
        }

        @Override
        void run(Arguments a, Context c) {
            move(a, c, true);
        }
    },
    DOWNGRADE("downgrade", "TARGET [--sql] [--dry-run] [--resume]",
            "revert revisions down to TARGET (base, REV, -N, LABEL@base, ...)", 1, 1) {
        @Override
        Options options() {
            return Options2.of(sql(), dryRun(), resume());
        }

        @Override
        void run(Arguments a, Context c) {
            move(a, c, false);
        }
    },
    STAMP("stamp", "REV [--purge]", "set the version table to REV without running anything", 1, 1) {
        @Override
        Options options() {
            return Options2.of(Option.builder().longOpt("purge").desc("discard the current rows first, even unknown ones").get());
        }

        @Override
        void run(Arguments a, Context c) {
            c.printer().stamped(c.loquent().stamp(a.getArgs()[0], a.hasOption("purge")));
        }
    },
    CURRENT("current", "", "show the revisions the database is at", 0, 0) {
        @Override
        void run(Arguments a, Context c) {
            c.printer().current(c.loquent().current());
        }
    },
    HEADS("heads", "[--verbose]", "show the heads of the revision graph", 0, 0) {
        @Override
        Options options() {
            return Options2.of(verbose());
        }

        @Override
        void run(Arguments a, Context c) {
            c.printer().heads(c.loquent().heads(), a.hasOption("verbose"));
        }
    },
    BRANCHES("branches", "[--verbose]", "show the revisions where the graph branches", 0, 0) {
        @Override
        Options options() {
            return Options2.of(verbose());
        }

        @Override
        void run(Arguments a, Context c) {
            List<RevisionDetail> history = c.loquent().history();
            Map<String, RevisionDetail> all = history.stream().collect(Collectors.toMap(RevisionDetail::id, r -> r));
            List<RevisionDetail> points = new java.util.ArrayList<>(
                    history.stream().filter(RevisionDetail::isBranchPoint).toList());
            java.util.Collections.reverse(points); // oldest first, as Loquent.branches() lists them
            c.printer().branches(points, all, a.hasOption("verbose"));
        }
    },
    SHOW("show", "REV", "show one revision", 1, 1) {
        @Override
        void run(Arguments a, Context c) {
            c.printer().revisions(List.of(c.loquent().show(a.getArgs()[0])), true, List.of());
        }
    },
    HISTORY("history", "[-r RANGE] [--verbose] [--indicate-current] [--applied]",
            "list the revisions, newest first; --applied lists what ran on the database", 0, 0) {
        @Override
        Options options() {
            return Options2.of(Option.builder("r").longOpt("rev-range").hasArg().argName("RANGE")
                            .desc("START:END, as -3:, ae10:head or current:heads").get(), verbose(),
                    Option.builder("i").longOpt("indicate-current").desc("mark the revisions the database is at").get(),
                    Option.builder().longOpt("applied").desc("list the history table: every step that ran").get());
        }

        @Override
        void run(Arguments a, Context c) {
            Loquent loquent = c.loquent();
            if (a.hasOption("applied")) {
                c.printer().applied(loquent.appliedHistory());
                return;
            }
            List<String> current = a.hasOption("indicate-current")
                    ? loquent.current().stream().map(r -> r.id()).toList() : List.of();
            c.printer().revisions(loquent.history(a.getOptionValue("r")), a.hasOption("verbose"), current);
        }
    },
    CHECK("check", "", "verify that no applied script has changed since it ran (exit 1 if one has)", 0, 0) {
        @Override
        void run(Arguments a, Context c) {
            c.printer().checked(c.loquent().check());
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
        return Arrays.stream(values()).filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    Options options() {
        return new Options();
    }

    void checkArguments(Arguments line) throws ParseException {
        if (line.hasOption("sql") && line.hasOption("dry-run")) {
            throw new ParseException("--sql and --dry-run exclude each other: --sql never connects, --dry-run reads"
                    + " the database. Choose one");
        }
        String[] args = line.getArgs();
        String expected = synopsis.replaceAll("\\[?-[-a-z]+( [A-Z]+)?]?", "").trim();
        if (args.length < minArgs || args.length > maxArgs) {
            throw new ParseException("expected " + (expected.isEmpty() ? "no arguments" : expected) + ", got "
                    + (args.length == 0 ? "none" : String.join(" ", args)));
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].isEmpty()) {
                String[] names = expected.replaceAll("[\\[\\].]", "").split(" ");
                throw empty("argument " + (i + 1), names[Math.min(i, names.length - 1)]);
            }
        }
        for (Option option : line.options()) {
            // A message is free text; every other value names a revision, a range, a label or an id.
            if (!"m".equals(option.getOpt()) && option.getValuesList().contains("")) {
                String flag = option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
                throw empty(flag, option.getArgName());
            }
        }
    }

    /** The shape of an empty value: what the shell gives for {@code "$UNSET"}. */
    private static ParseException empty(String what, String name) {
        return new ParseException(what + " (" + name + ") is empty, as a quoted shell variable that is unset or empty"
                + " gives; give the " + name);
    }

    abstract void run(Arguments arguments, Context context);

    /** upgrade and downgrade: online, offline (--sql) or as a dry run. */
    private static void move(Arguments a, Context c, boolean up) {
        String target = a.getArgs()[0];
        if (a.hasOption("sql")) {
            c.printer().raw(c.loquent().offlineSql(target, up));
        } else if (a.hasOption("dry-run")) {
            c.printer().raw(c.loquent().dryRun(target, up));
        } else {
            Loquent loquent = a.hasOption("ignore-checksums") ? c.loquentIgnoringChecksums() : c.loquent();
            boolean resume = a.hasOption("resume");
            c.printer().ran(up ? loquent.upgrade(target, resume) : loquent.downgrade(target, resume),
                    up ? "upgrade" : "downgrade");
        }
    }

    private static Option message() {
        return Option.builder("m").longOpt("message").hasArg().required().argName("MESSAGE")
                .desc("what the revision does").get();
    }

    private static Option revId() {
        return Option.builder().longOpt("rev-id").hasArg().argName("ID").desc("the id to use").get();
    }

    private static Option sql() {
        return Option.builder().longOpt("sql").desc("print the SQL script for [FROM:]TO instead of connecting").get();
    }

    private static Option dryRun() {
        return Option.builder().longOpt("dry-run").desc("print the plan and the SQL it would run; change nothing").get();
    }

    private static Option resume() {
        return Option.builder().longOpt("resume").desc("go on with a revision an earlier run left unfinished,"
                + " skipping the statements it had committed").get();
    }

    private static Option verbose() {
        return Option.builder("v").longOpt("verbose").desc("show each revision in full").get();
    }

    /** A small factory, because {@link Options} has no varargs constructor. */
    private static final class Options2 {
        static Options of(Option... options) {
            Options result = new Options();
            Arrays.stream(options).forEach(result::addOption);
            return result;
        }
    }
}
