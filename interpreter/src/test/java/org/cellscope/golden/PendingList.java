package org.cellscope.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The golden programs Cellscope does not pass yet, read from the PENDING file. One entry a line:
 * <pre>
 *   language/generators.py            # reason shown when the test is skipped
 *   events/class_body.py events       # only the trace comparison is pending
 *   syntax/                           # a whole group
 * </pre>
 * An optional second word, {@code run} or {@code events}, limits the entry to that comparison.
 */
final class PendingList {

    enum Check { RUN, EVENTS }

    record Entry(String path, Optional<Check> only, String reason) {
        boolean covers(String id, Check check) {
            boolean pathMatches = path.endsWith("/") ? id.startsWith(path) : id.equals(path);
            return pathMatches && only.map(c -> c == check).orElse(true);
        }
    }

    private final List<Entry> entries;

    private PendingList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static PendingList read(Path file) {
        if (!Files.exists(file)) {
            return new PendingList(List.of());
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PendingList parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String body = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (body.isEmpty()) {
                continue;
            }
            String reason = hash < 0 ? "listed in PENDING" : line.substring(hash + 1).strip();
            String[] words = body.split("\\s+");
            Optional<Check> only = words.length > 1
                    ? Optional.of(Check.valueOf(words[1].toUpperCase(Locale.ROOT)))
                    : Optional.empty();
            entries.add(new Entry(words[0], only, reason));
        }
        return new PendingList(entries);
    }

    /** The reason the check of this program is pending, if it is. */
    Optional<String> reason(String id, Check check) {
        return entries.stream().filter(e -> e.covers(id, check)).map(Entry::reason).findFirst();
    }

    List<Entry> entries() {
        return entries;
    }
}
