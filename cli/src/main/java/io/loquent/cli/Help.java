package io.loquent.cli;

import io.loquent.core.Plugins;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.HelpFormatter;

/** {@code loquent --help}. */
final class Help {
    private Help() {
    }

    /** The usage, with the names of the dialects found (bundled and plugins). */
    static void print(PrintStream out, List<String> dialects) {
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
        writer.println();
        writer.println("Dialects found: " + (dialects.isEmpty() ? "none" : String.join(", ", dialects)));
        writer.println("  More dialects and JDBC drivers: put their jars in " + Plugins.FOLDER
                + "/ beside the configuration file, or list them in " + Plugins.VARIABLE + ".");
        writer.flush();
    }
}
