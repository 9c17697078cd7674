package org.dateline.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The articles of files and directories: a file named on the command line whatever its name, and
 * in a directory, recursively, the visible {@code .txt}, {@code .text}, {@code .html} and {@code .htm}
 * files, sorted. A path that does not exist or holds no article is reported when its turn comes.
 */
public final class FileArticleSource implements ArticleSource {

  /** A file to read, or the reason a named path gave none. */
  private record Entry(Path file, BadInputException problem) {}

  private final List<Entry> entries = new ArrayList<>();
  private final long maxBytes;
  private int next;

  public FileArticleSource(List<Path> paths, long maxBytes) {
    this.maxBytes = maxBytes;
    for (Path path : paths) {
      try {
        for (Path file : ArticleFiles.list(path, FileArticleSource::isArticleName)) {
          entries.add(new Entry(file, null));
        }
      } catch (BadInputException e) {
        entries.add(new Entry(null, e));
      }
    }
  }

  /** A visible text or HTML file. */
  public static boolean isArticleName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return ArticleFiles.isArticleName(file) || !name.startsWith(".") && (name.endsWith(".html") || name.endsWith(".htm"));
  }

  @Override
  public OptionalInt expectedCount() {
    return OptionalInt.of((int) entries.stream().filter(e -> e.file() != null).count());
  }

  @Override
  public Optional<ArticleInput> next() throws BadInputException {
    if (next >= entries.size()) {
      return Optional.empty();
    }
    Entry entry = entries.get(next++);
    if (entry.problem() != null) {
      throw entry.problem();
    }
    Path file = entry.file();
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadInputException(BadInputException.Reason.TOO_LARGE, source,
            source + ": " + ArticleReader.readableSize(size) + ", over the " + ArticleReader.readableSize(maxBytes)
                + " limit (see --max-size)");
      }
      return Optional.of(new ArticleInput(source, Files.readAllBytes(file), Optional.empty(), Optional.empty(),
          Optional.empty()));
    } catch (NoSuchFileException e) {
      throw new BadInputException(BadInputException.Reason.NOT_FOUND, source, source + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, source, source + ": permission denied");
    } catch (IOException e) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, source,
          source + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
