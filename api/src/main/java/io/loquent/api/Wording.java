package io.loquent.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Loquent's messages name what to do next. They are written with the command line's commands
 * ({@code run 'loquent stamp current'}); in library use, the default, each such command reads as the call that does
 * the same ({@code run loquent.stamp("current", false)}), so that advice fits whoever reads it. The command line
 * switches to its own wording once, at start.
 */
final class Wording {
    private static volatile boolean commandLine;

    /** A command line's command, and the library call that does the same ({@code $1}: its argument). */
    private record Call(Pattern command, String call) {
        Call(String command, String call) {
            this(Pattern.compile(command), call);
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("stamp current", "loquent.stamp(\"current\", false)"),
            new Call("stamp (\\S+) --purge", "loquent.stamp(\"$1\", true)"),
            new Call("stamp (\\S+)", "loquent.stamp(\"$1\", false)"),
            new Call("upgrade (\\S+) --resume", "loquent.upgrade(\"$1\", true)"),
            new Call("downgrade (\\S+) --resume", "loquent.downgrade(\"$1\", true)"),
            new Call("upgrade (\\S+)", "loquent.upgrade(\"$1\")"),
            new Call("upgrade", "loquent.upgrade(target)"),
            new Call("downgrade (\\S+)", "loquent.downgrade(\"$1\")"),
            new Call("check --accept-drift", "loquent.acceptDrift()"),
            new Call("check", "loquent.check() and loquent.drift()"),
            new Call("init", "Loquent.init(folder)"),
            new Call("revision --autogenerate -m MESSAGE", "loquent.autogenerate(RevisionRequest.of(message))"),
            new Call("revision -m MESSAGE", "loquent.revision(RevisionRequest.of(message))"),
            new Call("merge", "loquent.merge(message, revisions, null)"),
            new Call("history", "loquent.history()"),
            new Call("schema --live --sql", "loquent.schemaSql(loquent.liveSchema())"));
    /** Flags named in prose, and what a library caller sets instead. */
    private static final List<String[]> FLAGS = List.of(
            new String[] {"pass --ignore-checksums", "configure ignoreChecksums(true)"},
            new String[] {"the same command with --resume", "the same call with resume set to true"},
            new String[] {"(--resume runs it again", "(a resumed run runs it again"},
            new String[] {"Choose the parent with --head REV", "Choose the parent with the request's head"});
    private static final Pattern QUOTED = Pattern.compile("'loquent ([^']+)'");

    private Wording() {
    }

    static void useCommandLine() {
        commandLine = true;
    }

    /** {@code message} in the wording of whoever reads it. */
    static String of(String message) {
        if (commandLine || message == null || !message.contains("loquent") && !message.contains("--")) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            quoted.appendReplacement(out, Matcher.quoteReplacement(call(quoted.group(1))));
        }
        quoted.appendTail(out);
        String text = out.toString();
        for (String[] flag : FLAGS) {
            text = text.replace(flag[0], flag[1]);
        }
        return text;
    }

    private static String call(String command) {
        for (Call c : CALLS) {
            Matcher m = c.command().matcher(command);
            if (m.matches()) {
                return m.groupCount() == 0 ? c.call() : c.call().replace("$1", m.group(1));
            }
        }
        return "'loquent " + command + "'";
    }
}
