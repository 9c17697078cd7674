package org.dateline.bench;

import java.io.IOException;
import java.io.InputStream;
import org.dateline.core.Document;
import org.dateline.io.ArticleReader;
import org.dateline.io.BadInputException;

/** The sample articles bundled with the benchmarks, read the way the CLI reads a file. */
final class Articles {

  /** The French seed article (Choïgou in Pyongyang). */
  static final String FRENCH = "article-fr-shoigu-kim.txt";
  /** An English news-style text written for these benchmarks. */
  static final String ENGLISH = "article-en-sample.txt";

  private Articles() {}

  /** The article {@code name} (a resource next to this class), decoded as the CLI would decode it. */
  static Document read(String name) throws IOException {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource not found: " + name);
      }
      return new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(name, in);
    } catch (BadInputException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
