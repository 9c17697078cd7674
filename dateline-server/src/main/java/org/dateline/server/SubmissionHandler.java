package org.dateline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Language;
import org.dateline.io.ArticleInput;
import org.dateline.io.BadInputException;
import org.dateline.store.StoreException;
import org.dateline.store.StoreOutcome;
import org.dateline.store.TextFingerprint;

/**
 * {@code POST /api/articles}: runs the pipeline on the article in the body and stores it; 201 with
 * the new article's id, 200 with the stored one's when the text was there already. A URL alone is
 * fetched when the submitter fetches (the CLI's does, public addresses only; see docs/server.md).
 */
final class SubmissionHandler {

  private final ArticleSubmitter submitter;
  private final ObjectMapper json;

  SubmissionHandler(ArticleSubmitter submitter, ObjectMapper json) {
    this.submitter = submitter;
    this.json = json;
  }

  void post(Context ctx) {
    SubmissionJson body = parse(ctx.bodyAsBytes());
    boolean hasText = body.text() != null && !body.text().isBlank();
    boolean hasHtml = body.html() != null && !body.html().isBlank();
    if (hasText && hasHtml) {
      throw ListRequest.bad("give the article as text or as html, not both");
    }
    if (!hasText && !hasHtml && body.url() == null) {
      throw new ProblemException(Problem.unprocessable("the article is missing: send {\"text\": …} or {\"html\": …}"));
    }
    if (!hasText && !hasHtml) {
      ArticleInput fetched;
      try {
        fetched = submitter.fetch(url(body.url()));
      } catch (BadInputException e) {
        throw new ProblemException(Problem.unprocessable(e.getMessage()));
      }
      answer(ctx, store(new ArticleInput(fetched.uri(), fetched.content(), fetched.contentType(),
          date(body.date()).or(fetched::published), Optional.ofNullable(body.title()).or(fetched::title)), body));
      return;
    }
    byte[] content = (hasText ? body.text() : body.html()).getBytes(StandardCharsets.UTF_8);
    // without a URL the article is named by its bytes, so that sending it twice is one source
    String uri = body.url() == null ? "api:sha256:" + TextFingerprint.sha256(content).substring(0, 16) : url(body.url());
    ArticleInput input = new ArticleInput(uri, content, Optional.of(hasText ? "text/plain; charset=utf-8" : "text/html; charset=utf-8"),
        date(body.date()), Optional.ofNullable(body.title()).map(String::strip).filter(t -> !t.isEmpty()));
    answer(ctx, store(input, body));
  }

  private StoreOutcome store(ArticleInput input, SubmissionJson body) {
    try {
      return submitter.submit(input, language(body.language()));
    } catch (BadInputException e) {
      throw new ProblemException(Problem.unprocessable(e.getMessage()));
    } catch (StoreException e) {
      throw new ProblemException(Problem.unavailable("the article could not be stored (" + e.getMessage() + ")"));
    }
  }

  private static void answer(Context ctx, StoreOutcome outcome) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", outcome.articleId());
    answer.put("outcome", outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    answer.put("href", "/api/articles/" + outcome.articleId());
    ctx.status(outcome.kind() == StoreOutcome.Kind.NEW ? 201 : 200);
    ctx.header("Location", "/api/articles/" + outcome.articleId());
    ctx.json(answer);
  }

  private SubmissionJson parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw ListRequest.bad("the body is empty; send a JSON object such as {\"text\": …, \"language\": \"fr\"}");
    }
    try {
      SubmissionJson body = json.readValue(bytes, SubmissionJson.class);
      if (body == null) {
        throw ListRequest.bad("the body must be a JSON object");
      }
      return body;
    } catch (UnrecognizedPropertyException e) {
      throw ListRequest.bad("unknown field '" + e.getPropertyName() + "'; an article takes text, html, url, language, date, title");
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      throw ListRequest.bad("the body is not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    } catch (JsonProcessingException e) {
      throw ListRequest.bad("the body must be a JSON object whose fields are strings: text or html, url, language, date, title");
    } catch (java.io.IOException e) {
      throw ListRequest.bad("the body could not be read");
    }
  }

  private static String url(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (java.net.URISyntaxException e) {
      // answered below
    }
    throw ListRequest.bad("url must be an http or https address, not '" + url + "'");
  }

  private static Optional<LocalDate> date(String date) {
    try {
      return Optional.ofNullable(date).map(String::strip).filter(d -> !d.isEmpty()).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw ListRequest.bad("date must be YYYY-MM-DD, not '" + date + "'");
    }
  }

  private static Optional<Language> language(String code) {
    if (code == null || code.isBlank() || code.equals("auto")) {
      return Optional.empty();
    }
    if (code.equals("fr") || code.equals("en")) {
      return Optional.of(Language.given(code));
    }
    throw ListRequest.bad("language must be fr, en or auto, not '" + code + "'");
  }
}
