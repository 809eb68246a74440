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
 * it goes (MySQL, MariaDB), or in an autocommit block. They are kept in the history row's {@code detail}, one line per
 * statement as {@code #3 <hash> <statement on one line>}, after a headline; the hash is over the exact statement text,
 * so that {@code --resume} can tell that the revision still renders the statements that committed.
 */
final class Progress {
    private static final int HASH_CHARS = 16;

    private Progress() {
    }

    /**
     * The history row's detail: {@code headline}, then one line per committed statement: first those an earlier
     * unfinished run had committed ({@code carried}, may be null), then the rest of {@code committed} (which repeats
     * the carried ones first where a resumed run skipped them).
     */
    static String detail(String headline, Recorded carried, List<String> committed) {
        StringBuilder detail = new StringBuilder(headline);
        int from = carried == null ? 0 : carried.size();
        for (int i = 0; i < from; i++) {
            detail.append("\n#").append(i + 1).append(' ').append(carried.hashes().get(i)).append(' ')
                    .append(carried.lines().get(i));
        }
        for (int i = from; i < committed.size(); i++) {
            detail.append("\n#").append(i + 1).append(' ').append(hash(committed.get(i))).append(' ')
                    .append(oneLine(committed.get(i)));
        }
        return detail.toString();
    }

    /** How many statements {@link #detail} lists. */
    static int count(Recorded carried, List<String> committed) {
        return Math.max(carried == null ? 0 : carried.size(), committed.size());
    }

    /**
     * The unfinished revisions of a history, by {@link #key}: those whose newest row is a failure or an interrupted
     * run that had committed statements. A later successful row (the revision finished, was stamped, or was declared
     * undone) supersedes it.
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
                if (!recorded.hashes().isEmpty()) {
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
     * for messages.
     */
    record Recorded(HistoryEntry entry, List<String> hashes, List<String> lines) {
        static Recorded parse(HistoryEntry entry) {
            List<String> hashes = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String line : entry.detail().split("\n")) {
                String prefix = "#" + (hashes.size() + 1) + " ";
                if (line.startsWith(prefix) && line.length() > prefix.length() + HASH_CHARS) {
                    hashes.add(line.substring(prefix.length(), prefix.length() + HASH_CHARS));
                    lines.add(line.substring(prefix.length() + HASH_CHARS + 1));
                }
            }
            return new Recorded(entry, List.copyOf(hashes), List.copyOf(lines));
        }

        /** Whether {@code sql} is the statement that committed at {@code index} (0-based). */
        boolean matches(int index, String sql) {
            return hashes.get(index).equals(hash(sql));
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

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
