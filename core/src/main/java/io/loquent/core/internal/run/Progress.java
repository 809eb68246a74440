package io.loquent.core.internal.run;

import io.loquent.core.HistoryEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The statements of a revision that committed although the revision did not finish: on databases that commit DDL as
 * it goes (MySQL, MariaDB), or in an autocommit block. They are kept in the history row's {@code detail}, after a
 * headline, one line per statement as {@code #3 <hash> <statement on one line>}; the hash is over the exact statement
 * text, so that {@code --resume} can tell that the revision still renders the statements that committed. The
 * statement being run is written as {@code ~4 <hash> <statement>} before it starts: a run killed while it ran leaves
 * that line, since nobody can tell whether the database committed it.
 */
final class Progress {
    private static final int HASH_CHARS = 16;

    private Progress() {
    }

    /**
     * The history row's detail: {@code headline}, then one line per committed statement: first those an earlier
     * unfinished run had committed ({@code carried}, may be null), then the rest of {@code committed} (which repeats
     * the carried ones first where a resumed run skipped them), then the statement {@code running}, if any.
     */
    static String detail(String headline, Recorded carried, List<String> committed, String running) {
        StringBuilder detail = new StringBuilder(headline);
        int from = carried == null ? 0 : carried.size();
        for (int i = 0; i < from; i++) {
            line(detail, '#', i + 1, carried.hashes().get(i), carried.lines().get(i));
        }
        for (int i = from; i < committed.size(); i++) {
            line(detail, '#', i + 1, hash(committed.get(i)), oneLine(committed.get(i)));
        }
        if (running != null) {
            line(detail, '~', count(carried, committed) + 1, hash(running), oneLine(running));
        }
        return detail.toString();
    }

    private static void line(StringBuilder detail, char mark, int number, String hash, String text) {
        detail.append('\n').append(mark).append(number).append(' ').append(hash).append(' ').append(text);
    }

    /** How many committed statements {@link #detail} lists. */
    static int count(Recorded carried, List<String> committed) {
        return Math.max(carried == null ? 0 : carried.size(), committed.size());
    }

    /**
     * The unfinished revisions of a history, by {@link #key}: those whose newest row is a failure or an interrupted
     * run that had committed statements, or was running one. A later successful row (the revision finished, was
     * stamped, or was declared undone) supersedes it.
     */
    static Map<String, Recorded> pending(List<HistoryEntry> history) {
        Map<String, HistoryEntry> newest = new HashMap<>();
        for (HistoryEntry e : history) {
            newest.put(e.revision(), e);
        }
        Map<String, Recorded> pending = new HashMap<>();
        for (HistoryEntry e : newest.values()) {
            if (!e.success() && e.detail() != null) {
                Recorded recorded = Recorded.parse(e);
                if (!recorded.hashes().isEmpty() || recorded.running() != null) {
                    pending.put(key(e.revision(), e.direction().equals("up")), recorded);
                }
            }
        }
        return pending;
    }

    static String key(String revision, boolean upgrade) {
        return revision + (upgrade ? ":up" : ":down");
    }

    /**
     * What the history says an unfinished revision had committed: each statement's hash, and its text on one line
     * for messages; and the statement it was running when it stopped, which may or may not have committed.
     *
     * @param runningHash the hash of the statement that was running, or null
     * @param running     that statement on one line, or null
     */
    record Recorded(HistoryEntry entry, List<String> hashes, List<String> lines, String runningHash, String running) {
        static Recorded parse(HistoryEntry entry) {
            List<String> hashes = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            String runningHash = null;
            String running = null;
            for (String line : entry.detail().split("\n")) {
                String committed = "#" + (hashes.size() + 1) + " ";
                String started = "~" + (hashes.size() + 1) + " ";
                if (line.startsWith(committed) && line.length() > committed.length() + HASH_CHARS) {
                    hashes.add(line.substring(committed.length(), committed.length() + HASH_CHARS));
                    lines.add(line.substring(committed.length() + HASH_CHARS + 1));
                } else if (line.startsWith(started) && line.length() > started.length() + HASH_CHARS) {
                    runningHash = line.substring(started.length(), started.length() + HASH_CHARS);
                    running = line.substring(started.length() + HASH_CHARS + 1);
                }
            }
            return new Recorded(entry, List.copyOf(hashes), List.copyOf(lines), runningHash, running);
        }

        /** Whether {@code sql} is the statement that committed at {@code index} (0-based). */
        boolean matches(int index, String sql) {
            return hashes.get(index).equals(hash(sql));
        }

        /** Whether {@code sql} is the statement that was running when the run stopped. */
        boolean wasRunning(String sql) {
            return runningHash != null && runningHash.equals(hash(sql));
        }

        int size() {
            return hashes.size();
        }
    }

    static String hash(String sql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Longest text kept of one statement: enough to recognise it; the hash identifies it exactly. */
    private static final int SHOWN = 200;

    /**
     * The statement on one line, cut to {@link #SHOWN} characters: the row is rewritten after every statement, so it
     * must not grow with the statements' length (a revision's long data-migration SQL), only with their count.
     */
    private static String oneLine(String sql) {
        String line = sql.replaceAll("\\s+", " ").strip();
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + " ...";
    }
}
