package io.loquent.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad-input catalogue that {@link BadInputCatalogIT} runs: each case is one entry. Every case runs in a copy of
 * a small project ({@code loquent.properties} with {@code url=jdbc:sqlite:app.db}, a chain {@code c001 <- c002} in
 * {@code migrations/}, the database at {@code c001}), which a case may change by laying out files of its own.
 * Passwords in cases are {@value #PASSWORD}, which no output may show.
 */
final class BadInputs {
    static final String PASSWORD = "S3cret";
    static final String PROPERTIES = "loquent.properties";

    private BadInputs() {
    }

    /**
     * One bad input.
     *
     * @param exit  the exit code: 1 failure, 2 bad usage
     * @param error a fragment of the single {@code ERROR:} line
     * @param args  the command line
     * @param files files to write into the project (relative path to content, bytes as ISO-8859-1 characters)
     * @param env   environment variables
     */
    record Case(int exit, String error, List<String> args, Map<String, String> files, Map<String, String> env) {
        /** The case with a file of the project replaced (or added); content is written byte for byte. */
        Case file(String path, String content) {
            Map<String, String> more = new LinkedHashMap<>(files);
            more.put(path, content);
            return new Case(exit, error, args, more, env);
        }

        Case env(String variable, String value) {
            Map<String, String> more = new LinkedHashMap<>(env);
            more.put(variable, value);
            return new Case(exit, error, args, files, more);
        }

        @Override
        public String toString() {
            return "loquent " + String.join(" ", args.stream().map(a -> a.isEmpty() ? "''" : a).toList())
                    + (files.isEmpty() ? "" : " with " + files.keySet()) + (env.isEmpty() ? "" : " env " + env.keySet());
        }
    }

    static Case usage(String error, String... args) {
        return new Case(LoquentCli.USAGE, error, List.of(args), Map.of(), Map.of());
    }

    static Case failure(String error, String... args) {
        return new Case(LoquentCli.FAILED, error, List.of(args), Map.of(), Map.of());
    }

    /** The project's configuration with {@code lines} added. */
    private static String properties(String lines) {
        return "url=jdbc:sqlite:app.db\nscripts=migrations\n" + lines;
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // The command line itself.
        cases.add(usage("no command given"));
        cases.add(usage("unknown command 'frobnicate'", "frobnicate"));
        cases.add(usage("unknown global option '--frob'", "--frob", "current"));
        cases.add(usage("upgrade: Unrecognized option: --frob", "upgrade", "--frob", "head"));
        cases.add(usage("upgrade: expected TARGET, got none", "upgrade"));
        cases.add(usage("current: expected no arguments, got x", "current", "x"));
        cases.add(usage("Missing required option: m", "revision"));
        cases.add(usage("--sql and --dry-run exclude each other", "upgrade", "--sql", "--dry-run", "head"));
        cases.add(usage("a repeatable revision is a .sql file: write revision -m MSG --sql --repeatable v", "revision",
                "-m", "m", "--repeatable", "v"));
        cases.add(usage("a repeatable revision stands outside the revision graph; it takes no --head", "revision",
                "-m", "m", "--sql", "--repeatable", "v", "--head", "c001"));
        cases.add(failure("the repeatable's name 'a view' is not a name; nothing was written", "revision", "-m", "m",
                "--sql", "--repeatable", "a view"));
        cases.add(failure("'c001' is the id of revision", "revision", "-m", "m", "--sql", "--repeatable", "c001"));
        // Empty arguments, as "$UNSET" gives them (#8 item 7).
        cases.add(usage("upgrade: argument 1 (TARGET) is empty", "upgrade", ""));
        cases.add(usage("downgrade: argument 1 (TARGET) is empty", "downgrade", ""));
        cases.add(usage("show: argument 1 (REV) is empty", "show", ""));
        cases.add(usage("stamp: argument 1 (REV) is empty", "stamp", ""));
        cases.add(usage("init: argument 1 (DIR) is empty", "init", ""));
        cases.add(usage("merge: argument 2 (REV) is empty", "merge", "-m", "m", "c001", ""));
        cases.add(usage("revision: --head (REV) is empty", "revision", "-m", "x", "--head", ""));
        cases.add(usage("history: --rev-range (RANGE) is empty", "history", "-r", ""));
        // The configuration (#8 items 9 and 15).
        cases.add(failure("configuration file 'nope.properties' does not exist", "-c", "nope.properties", "current"));
        cases.add(failure("unknown setting 'urll' in configuration file 'loquent.properties' line 1", "current")
                .file(PROPERTIES, "urll=jdbc:sqlite:app.db\n"));
        cases.add(failure("lock_timeout '9223372036854775807' in configuration file 'loquent.properties' line 3 is not"
                + " a whole number of seconds from 0 to 86400", "upgrade", "head")
                .file(PROPERTIES, properties("lock_timeout=9223372036854775807\n")));
        cases.add(failure("lock_timeout '-1' in configuration file 'loquent.properties' line 3", "upgrade", "head")
                .file(PROPERTIES, properties("lock_timeout=-1\n")));
        cases.add(failure("lock_timeout '5s' in configuration file 'loquent.properties' line 3", "upgrade", "head")
                .file(PROPERTIES, properties("lock_timeout=5s\n")));
        cases.add(failure("configuration file 'loquent.properties' line 3 is not UTF-8 text (byte 0xE9)", "current")
                .file(PROPERTIES, properties("# caf\u00e9 in Latin-1\n")));
        cases.add(failure("setting 'url' is given 2 times in configuration file 'loquent.properties' (lines 1, 3)",
                "current").file(PROPERTIES, properties("url=jdbc:sqlite:other.db\n")));
        cases.add(failure("configuration file 'loquent.properties' line 3: Malformed \\uxxxx encoding", "current")
                .file(PROPERTIES, properties("cache_dir=C:\\users\\me\n")));
        cases.add(failure("both scripts and scripts_package are set", "current")
                .file(PROPERTIES, properties("scripts_package=com.example\n")));
        cases.add(failure("version_table 'loquent-version' is not a plain table name", "current")
                .file(PROPERTIES, properties("version_table=loquent-version\n")));
        cases.add(failure("scripts folder '", "current").file(PROPERTIES, properties("").replace("=migrations", "=nowhere")));
        // Targets and the graph.
        cases.add(failure("no revision 'zzz'", "upgrade", "zzz"));
        cases.add(failure("no revision 'zzz'", "stamp", "zzz"));
        cases.add(failure("an offline downgrade needs the starting point", "downgrade", "--sql", "base"));
        cases.add(failure("upgrade target '-1' is below the current revision (the database is at c001). Use"
                + " 'loquent downgrade -1'", "upgrade", "-1"));
        cases.add(failure("downgrade target 'c002' is not below the current revision", "downgrade", "c002"));
        cases.add(failure("'+1' moves up, not down. Use 'loquent upgrade +1'", "downgrade", "+1"));
        cases.add(failure("target '@@' is malformed", "upgrade", "@@"));
        cases.add(failure("cannot move +99999999999999999999: 99999999999999999999 steps is more than the 2 revisions"
                + " there are", "upgrade", "+99999999999999999999"));
        // Revision files (#8 items 12, 13, 17).
        cases.add(failure("is not valid UTF-8 (byte ", "current")
                .file("migrations/c003.java", "// caf\u00e9 in Latin-1\n"));
        cases.add(failure("cannot find symbol", "current").file("migrations/c003.java", """
                import io.loquent.api.*;
                @Revision(id = "c003", down = "c002", message = "broken")
                public final class C003 implements MigrationScript {
                    @Override public void upgrade(Op op) { op.createTabel("x", t -> { }); }
                    @Override public void downgrade(Op op) { undefinedHelper(); }
                }
                """));
        // IO errors give the operating system's reason (#8 item 10).
        cases.add(failure("_hello.java': Not a directory. Check that the scripts folder exists and is writable",
                "revision", "-m", "hello").file("plain", "x")
                .file(PROPERTIES, "url=jdbc:sqlite:app.db\nscripts=plain/migrations\n"));
        cases.add(failure("cannot write 'plain/loquent.properties': Not a directory. Run init in a folder you may"
                + " write to", "init", "plain").file("plain", "x"));
        cases.add(failure("revision message is too long", "revision", "-m", "\u00e9".repeat(40_000)));
        // Definition mistakes read without Java class names (#8 item 10).
        cases.add(failure("failed in upgrade at line 5: table 'dup' declares column 'id' twice. Nothing of it was"
                + " applied; the database is still at c001", "upgrade", "c003").file("migrations/c003.java", """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;
                @Revision(id = "c003", down = "c001", message = "dup")
                public final class C003 implements MigrationScript {
                    @Override public void upgrade(Op op) { op.createTable("dup", t -> { t.column("id", integer()); t.column("id", integer()); }); }
                    @Override public void downgrade(Op op) { }
                }
                """));
        // The database, not the script (#8 item 15).
        cases.add(failure("the version table 'chain_1' is not Loquent's: it has no column version_num (its columns:"
                + " id). If it belongs to something else, set version_table to another name", "upgrade", "head")
                .file(PROPERTIES, properties("version_table=chain_1\n")));
        cases.add(failure("the history table 'chain_1' is not Loquent's: it has no column revision", "upgrade", "head")
                .file(PROPERTIES, properties("history_table=chain_1\n")));
        cases.add(failure("dialect 'mysql' does not serve the URL 'jdbc:sqlite:app.db': that is a sqlite database",
                "--dialect", "mysql", "upgrade", "head"));
        cases.add(failure("The database refuses changes (it is read-only", "--url", "jdbc:sqlite:app.db?open_mode=1",
                "upgrade", "head"));
        cases.add(failure("oracle", "--dialect", "oracle", "upgrade", "--sql", "head"));
        // Passwords never shown, whatever the driver says (#8 item 6); nothing listens on port 1.
        cases.add(failure("cannot use database jdbc:mariadb://root:***@127.0.0.1:1/x: Incorrect port value : ***@"
                + "127.0.0.1. Check the URL", "--url",
                "jdbc:mariadb://root:" + PASSWORD + "@127.0.0.1:1/x", "current"));
        cases.add(failure("cannot use database jdbc:postgresql://127.0.0.1:1/x?user=u&password=***: Connection to"
                + " 127.0.0.1:1 refused", "--url",
                "jdbc:postgresql://127.0.0.1:1/x?user=u&password=" + PASSWORD, "current"));
        cases.add(failure("cannot use database jdbc:mysql://127.0.0.1:1/x: Socket fail to connect to 127.0.0.1:1",
                "--password", PASSWORD, "--url",
                "jdbc:mysql://127.0.0.1:1/x", "current"));
        // A short password masks itself, not the letters of every word (the message must stay readable).
        cases.add(failure("cannot use database jdbc:mysql://127.0.0.1:1/x: Socket fail to connect to 127.0.0.1:1",
                "--password", "e", "--url", "jdbc:mysql://127.0.0.1:1/x", "current"));
        return cases;
    }
}
