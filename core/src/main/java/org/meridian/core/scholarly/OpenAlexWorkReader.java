package org.meridian.core.scholarly;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the works of one OpenAlex JSON Lines file, gzip-compressed (by content, not name) or plain, in
 * constant memory: text is decompressed into a reused buffer and parsed in place, line by line. Nothing in a
 * file stops the reading: malformed lines, unknown fields and values of the wrong type are counted in the
 * file's {@link ProblemTally}; a compressed stream that ends early keeps the complete lines before the cut.
 * One reader per thread; it may read many files in turn.
 */
public final class OpenAlexWorkReader {

    /** Longest line read; a longer one is skipped as {@link ProblemKind#LINE_TOO_LONG}. */
    public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;

    private final WorkLineParser parser = new WorkLineParser();
    private final int maxLineBytes;
    private byte[] buffer = new byte[1 << 20];

    public OpenAlexWorkReader() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public OpenAlexWorkReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads {@code file}, handing each work to {@code sink}; computes the file's SHA-256 when asked. */
    public FileReading read(WorkFile file, WorkSink sink, ReadProgress progress, boolean checksum) throws IOException {
        Pass pass = new Pass(file, sink, progress);
        parser.reportTo(pass.problems, file.path().toString());
        MessageDigest digest = checksum ? sha256() : null;
        boolean complete = false;
        try (CountingStream stored = new CountingStream(Files.newInputStream(file.path()), digest)) {
            complete = pass.run(isGzip(file) ? new GZIPInputStream(stored, 1 << 16) : stored, stored);
            if (complete && digest != null) {
                stored.transferTo(OutputStreamNowhere.INSTANCE);
            }
        } catch (ZipException | EOFException | FileSystemException unreadable) {
            pass.problems.report(ProblemKind.UNREADABLE_FILE, file.path().toString(), 0, String.valueOf(unreadable.getMessage()));
        }
        if (complete && file.expectedRecords() >= 0 && file.expectedRecords() != pass.lines) {
            pass.problems.report(ProblemKind.RECORD_COUNT_MISMATCH, file.path().toString(), 0,
                    "manifest says " + file.expectedRecords() + " records, file has " + pass.lines + " lines");
        }
        return new FileReading(file, pass.lines, pass.works, pass.withoutYear, pass.withoutPrimaryTopic, pass.jsonBytes,
                digest == null || !complete ? null : HexFormat.of().formatHex(digest.digest()), complete, pass.problems,
                parser.drainNewTaxa());
    }

    private static boolean isGzip(WorkFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The state of reading one file. */
    private final class Pass {
        final WorkFile file;
        final WorkSink sink;
        final ReadProgress progress;
        final ProblemTally problems = new ProblemTally();
        final String name;
        long lines;
        long lineNumber;
        long works;
        long withoutYear;
        long withoutPrimaryTopic;
        long jsonBytes;

        Pass(WorkFile file, WorkSink sink, ReadProgress progress) {
            this.file = file;
            this.sink = sink;
            this.progress = progress;
            this.name = file.path().toString();
        }

        /** Reads to the end; false when the stream broke off (the lines before the break are kept). */
        boolean run(InputStream text, CountingStream stored) throws IOException {
            int filled = 0;
            boolean skippingLongLine = false;
            boolean broken = false;
            long reportedStored = 0;
            while (true) {
                int read;
                try {
                    read = text.read(buffer, filled, buffer.length - filled);
                } catch (EOFException cut) {
                    problems.report(ProblemKind.TRUNCATED_FILE, name, lineNumber + 1, "compressed stream ends early");
                    broken = true;
                    read = -1;
                } catch (ZipException corrupt) {
                    problems.report(ProblemKind.UNREADABLE_FILE, name, lineNumber + 1, String.valueOf(corrupt.getMessage()));
                    broken = true;
                    read = -1;
                }
                if (read < 0) {
                    break;
                }
                filled += read;
                jsonBytes += read;
                if (filled < buffer.length) {
                    continue;
                }
                int lastLineFeed = lastLineFeed(filled);
                if (lastLineFeed < 0) {
                    if (skippingLongLine || buffer.length >= maxLineBytes) {
                        if (!skippingLongLine) {
                            lineNumber++;
                            lines++;
                            problems.report(ProblemKind.LINE_TOO_LONG, name, lineNumber, "longer than " + maxLineBytes + " bytes");
                        }
                        skippingLongLine = true;
                        filled = 0;
                    } else {
                        buffer = Arrays.copyOf(buffer, Math.min(maxLineBytes, buffer.length * 2));
                    }
                    continue;
                }
                int from = 0;
                if (skippingLongLine) {
                    from = indexOfLineFeed(0) + 1;
                    skippingLongLine = false;
                }
                long worksBefore = works;
                parseLines(from, lastLineFeed);
                filled -= lastLineFeed + 1;
                System.arraycopy(buffer, lastLineFeed + 1, buffer, 0, filled);
                progress.advanced(stored.count - reportedStored, lastLineFeed + 1, works - worksBefore);
                reportedStored = stored.count;
            }
            long worksBefore = works;
            int lastLineFeed = filled > 0 ? lastLineFeed(filled) : -1;
            int from = skippingLongLine ? Math.min(filled, indexOfLineFeed(0, filled) + 1) : 0;
            if (lastLineFeed >= from) {
                parseLines(from, lastLineFeed);
                from = lastLineFeed + 1;
            }
            if (from < filled && broken) {
                lineNumber++;
                lines++;
                problems.report(ProblemKind.TRUNCATED_LINE, name, lineNumber, "line cut by the end of the stream");
            } else if (from < filled) {
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length + 1);
                }
                buffer[filled] = '\n';
                parseLines(from, filled);
            }
            progress.advanced(stored.count - reportedStored, filled, works - worksBefore);
            return !broken;
        }

        private void parseLines(int from, int lastLineFeed) throws IOException {
            byte[] bytes = buffer;
            int p = from;
            while (p <= lastLineFeed) {
                lineNumber++;
                int start = p;
                byte c;
                while ((c = bytes[p]) == ' ' || c == '\t' || c == '\r') {
                    p++;
                }
                if (c == '\n') {
                    p++;
                    continue;
                }
                lines++;
                Work work = null;
                try {
                    work = parser.parse(bytes, p, lineNumber, file.partitionDate());
                    p = parser.position() + 1;
                } catch (JsonScanner.MalformedJson malformed) {
                    problems.report(ProblemKind.MALFORMED_JSON, name, lineNumber,
                            malformed.getMessage() + " at byte " + (malformed.offset - start + 1));
                    p = indexOfLineFeed(malformed.offset) + 1;
                }
                if (work != null) {
                    works++;
                    if (!work.hasPublicationYear()) {
                        withoutYear++;
                    }
                    if (!work.hasPrimaryTopic()) {
                        withoutPrimaryTopic++;
                    }
                    sink.accept(work, lineNumber);
                }
            }
        }

        private int lastLineFeed(int filled) {
            byte[] bytes = buffer;
            for (int i = filled - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private int indexOfLineFeed(int from) {
            byte[] bytes = buffer;
            int p = from;
            while (bytes[p] != '\n') {
                p++;
            }
            return p;
        }

        private int indexOfLineFeed(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return to - 1;
        }
    }

    /** The stored bytes: counted for progress, digested for the manifest. */
    private static final class CountingStream extends FilterInputStream {
        private final MessageDigest digest;
        long count;

        CountingStream(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
                if (digest != null) {
                    digest.update((byte) b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
                if (digest != null) {
                    digest.update(b, off, n);
                }
            }
            return n;
        }
    }

    /** Discards what is written: draining the rest of a stored file (a gzip trailer) into the digest. */
    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
