package org.dateline.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in schema.org JSON-LD: the first node whose {@code @type} is an
 * article or a posting, looked for in every {@code application/ld+json} script, through
 * {@code @graph} and arrays. Scripts that do not parse are skipped: pages get them wrong often.
 */
record JsonLd(Optional<String> headline, Optional<String> published, List<String> authors,
    Optional<String> siteName, Optional<String> language, Optional<String> url) {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|Posting|Report)$");
  private static final JsonLd NONE = new JsonLd(Optional.empty(), Optional.empty(), List.of(),
      Optional.empty(), Optional.empty(), Optional.empty());

  static JsonLd of(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data().trim());
      } catch (JsonProcessingException e) {
        continue;
      }
      Optional<JsonNode> article = findArticle(root, 0);
      if (article.isPresent()) {
        return from(article.get());
      }
    }
    return NONE;
  }

  private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<JsonNode> found = findArticle(item, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isArticle(node.get("@type"))) {
      return Optional.of(node);
    }
    Optional<JsonNode> inGraph = findArticle(node.get("@graph"), depth + 1);
    return inGraph.isPresent() ? inGraph : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
  }

  private static JsonLd from(JsonNode a) {
    Set<String> authors = new LinkedHashSet<>();
    addNames(a.get("author"), authors);
    return new JsonLd(text(a.get("headline")), text(a.get("datePublished")), List.copyOf(authors),
        name(a.get("publisher")), text(a.get("inLanguage")), text(a.get("url")));
  }

  private static void addNames(JsonNode node, Set<String> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> addNames(n, into));
    } else {
      (node.isTextual() ? text(node) : name(node)).ifPresent(into::add);
    }
  }

  private static Optional<String> name(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : name(node.get(0));
    }
    return text(node.get("name"));
  }

  private static Optional<String> text(JsonNode node) {
    if (node != null && node.isArray() && !node.isEmpty()) {
      return text(node.get(0));
    }
    if (node == null || !node.isValueNode()) {
      return Optional.empty();
    }
    String s = node.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
