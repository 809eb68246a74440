package io.loquent.core.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A revision source file, read once: its text with a byte-order mark and CR/CRLF line endings normalised, and the
 * checksum of that text. The same checksum keys the compile cache, so a file that only changed its line endings is
 * neither recompiled nor reported as modified.
 *
 * @param path     where it lives
 * @param display  how messages name it (relative to the working directory where possible)
 * @param source   the normalised text
 * @param checksum {@code sha256:} and the hex digest of the normalised text
 */
public record ScriptFile(Path path, String display, String source, String checksum) {

    public static ScriptFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read revision file " + path, e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new ScriptFile(path, display(path), text, Checksums.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
