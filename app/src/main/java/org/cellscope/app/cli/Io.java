package org.cellscope.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams a command talks to; tests pass their own. stdinIsTerminal says whether
 * reading stdin would wait for a person to type.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, boolean stdinIsTerminal) {

    public static Io system() {
        return new Io(System.in, utf8(System.out), utf8(System.err), System.console() != null);
    }

    /** stdin as lines read when input() asks for one, as python3 reads it: a person at a terminal can answer. */
    public BufferedReader lines() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * For a recording, which takes its input up front: all of stdin when it is piped or redirected,
     * nothing when it is a terminal (nobody sees a prompt while we record). A program that never
     * mentions input gets nothing, so a caller that leaves our stdin open cannot hang us.
     */
    public String stdinFor(String source) {
        if (stdinIsTerminal || !source.contains("input")) return "";
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Python writes UTF-8 whatever the locale; so do we.
    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
