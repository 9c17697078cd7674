package org.dateline.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the article files a path names: the file itself, or a directory's text files, recursively. */
public final class ArticleFiles {

  private ArticleFiles() {}

  /** Whether a file in a directory is taken as an article: a visible .txt or .text file. */
  public static boolean isArticleName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".text"));
  }

  /**
   * The article files under {@code path}, sorted; a file is returned as it is, whatever its name.
   *
   * @throws BadInputException when the path does not exist or a directory holds no article
   */
  public static List<Path> list(Path path) throws BadInputException {
    return list(path, ArticleFiles::isArticleName);
  }

  /** The files under {@code path} that {@code accepted} takes, sorted; a file is returned as it is. */
  public static List<Path> list(Path path, java.util.function.Predicate<Path> accepted) throws BadInputException {
    String source = path.toString();
    if (!Files.exists(path)) {
      throw new BadInputException(BadInputException.Reason.NOT_FOUND, source, source + ": no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> Files.isRegularFile(p) && accepted.test(p) && !inHiddenDirectory(path, p))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, source,
          source + ": cannot list the directory (" + firstLine(e.getMessage()) + ")");
    }
    if (files.isEmpty()) {
      throw new BadInputException(BadInputException.Reason.NO_ARTICLES, source,
          source + ": no articles (*.txt files) in this directory");
    }
    return files;
  }

  private static String firstLine(String message) {
    return message == null ? "I/O error" : message.lines().findFirst().orElse("I/O error");
  }

  private static boolean inHiddenDirectory(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
