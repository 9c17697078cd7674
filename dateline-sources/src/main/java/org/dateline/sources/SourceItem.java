package org.dateline.sources;

import java.util.Objects;
import org.dateline.io.ArticleInput;

/** What a source yields: an article, or the one-line reason something it holds was not read. */
public sealed interface SourceItem permits SourceItem.Article, SourceItem.Skipped {

  /** Where the item comes from: a URL, a path, or a path with a position inside it. */
  String uri();

  /** A raw article, for the HTML or text readers. */
  record Article(ArticleInput input) implements SourceItem {
    public Article {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public String uri() {
      return input.uri();
    }
  }

  /**
   * Something that was not read, and why, in one line a person can act on ("HTTP 404", "not
   * modified since the last fetch", "over the 10,485,760-byte limit"). A batch goes on after it.
   */
  record Skipped(String uri, String reason) implements SourceItem {
    public Skipped {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(reason, "reason");
      // messages from parsers span lines; a report shows one line per item
      reason = reason.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
  }
}
