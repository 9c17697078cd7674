package org.dateline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.dateline.core.Document;

/**
 * Reads one article from a file or a stream into a {@link Document} holding its decoded text and
 * the decoder's notes. Inputs over the size limit, empty or binary are refused with a
 * {@link BadInputException}; the size limit is enforced before reading, or while reading a stream.
 */
public final class ArticleReader {

  /** 10 MB: far above any news article, small enough to refuse a misplaced dump quickly. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final long maxBytes;
  private final TextDecoder decoder = new TextDecoder();

  public ArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public Document read(Path file) throws BadInputException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new BadInputException(BadInputException.Reason.NOT_FOUND, source, source + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(BadInputException.Reason.NOT_A_FILE, source, source + ": a directory, not a file");
    }
    try {
      // a pipe or a device (/dev/stdin, <(…)) has no size: the limit is enforced while reading
      long size = Files.isRegularFile(file) ? Files.size(file) : 0;
      if (size > maxBytes) {
        throw tooLarge(source, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(BadInputException.Reason.NOT_FOUND, source, source + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, source, source + ": permission denied");
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * Reads a stream to its end, or until it passes the size limit. The stream is not closed.
   *
   * @param source the name to report the input by ("-" for standard input)
   */
  public Document read(String source, InputStream in) throws BadInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    DecodedText decoded = decoder.decode(source, bytes);
    Document document = Document.of(source, decoded.text());
    for (var note : decoded.diagnostics()) {
      document = document.withDiagnostic(note);
    }
    return document;
  }

  private BadInputException tooLarge(String source, long size) {
    String shown = size > maxBytes + 1 ? readableSize(size) : "more than " + readableSize(maxBytes);
    return new BadInputException(BadInputException.Reason.TOO_LARGE, source,
        source + ": " + shown + ", over the " + readableSize(maxBytes) + " limit (see --max-size)");
  }

  private static BadInputException unreadable(String source, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new BadInputException(BadInputException.Reason.UNREADABLE, source,
        source + ": cannot read (" + why.lines().findFirst().orElse(why) + ")");
  }

  /** A size as a person reads it: "100 bytes", "500.0 KB", "10.0 MB"; small limits must not show as "0.0 MB". */
  static String readableSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
