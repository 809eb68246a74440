package io.loquent.cli;

import java.io.PrintWriter;
import java.io.PrintStream;
import org.apache.commons.cli.HelpFormatter;

/** {@code loquent --help}. */
final class Help {
    private Help() {
    }

    static void print(PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        writer.println("usage: loquent [global options] COMMAND [args]");
        writer.println();
        writer.println("Commands:");
        for (Command c : Command.values()) {
            writer.printf("  %-10s %-28s %s%n", c.name, c.synopsis, c.summary);
        }
        writer.println();
        writer.println("Global options (flags override LOQUENT_URL, LOQUENT_USER, LOQUENT_PASSWORD, which override the file):");
        HelpFormatter formatter = HelpFormatter.builder().setPrintWriter(writer).get();
        formatter.printOptions(writer, 100, LoquentCli.globalOptions(), 2, 3);
        writer.flush();
    }
}
