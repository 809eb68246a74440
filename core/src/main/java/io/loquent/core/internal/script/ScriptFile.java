package io.loquent.core.internal.script;

import io.loquent.core.ScriptException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

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

    /**
     * Reads and normalises a revision file. Refuses bytes that are not UTF-8 rather than turning them into U+FFFD,
     * which would compile and store {@code caf\uFFFD} for a {@code café} saved in Latin-1.
     */
    public static ScriptFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ScriptException(display(path) + ": cannot read the revision file: " + IoReason.of(e),
                    "Make it readable, or move it out of the scripts folder", e);
        }
        String text = decode(path, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new ScriptFile(path, display(path), text, Checksums.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String decode(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ScriptException(List.of(display(path) + ":" + line + ": the file is not valid UTF-8 (byte "
                    + offset + " is 0x" + HexFormat.of().withUpperCase().toHexDigits(bytes[offset]) + ")"),
                    "Save it as UTF-8 and run again");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    public static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
