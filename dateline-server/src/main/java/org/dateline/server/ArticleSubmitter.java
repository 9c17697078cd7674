package org.dateline.server;

import java.util.Optional;
import org.dateline.core.Language;
import org.dateline.io.ArticleInput;
import org.dateline.io.BadInputException;
import org.dateline.store.StoreException;
import org.dateline.store.StoreOutcome;

/**
 * Analyzes one article and stores it: the pipeline lives with whoever starts the server (the CLI),
 * which loads the models once and passes this in.
 */
@FunctionalInterface
public interface ArticleSubmitter {

  /**
   * @param language the article's language when the client gives it; empty: identify it
   * @throws BadInputException when the article cannot be read (empty, binary, no text in the page)
   * @throws StoreException when the knowledge base cannot be written
   */
  StoreOutcome submit(ArticleInput input, Optional<Language> language) throws BadInputException, StoreException;

  /**
   * Fetches the page a client posted only the URL of; by default the server fetches nothing.
   *
   * @throws BadInputException when the page cannot or may not be fetched, with the reason
   */
  default ArticleInput fetch(String url) throws BadInputException {
    throw new BadInputException(BadInputException.Reason.UNREADABLE, url,
        "this server does not fetch URLs; send the page itself as {\"html\": …, \"url\": …}");
  }
}
