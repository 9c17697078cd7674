package org.dateline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML pages of the UI, put together once from the jar: {@code layout.html} (head, header,
 * navigation) around each page's {@code pages/NAME.html}, which loads {@code assets/NAME.js}. The
 * script asks the API and writes the answer into the page as text, never as markup.
 */
final class Pages {

  static final String ROOT = "/org/dateline/server/web/";

  private static final Pattern TITLE = Pattern.compile("<h1 id=\"title\">([^<]*)</h1>");

  private final Map<String, byte[]> pages = new HashMap<>();

  /** The pages {@code names} in the layout, and {@code login}, which stands alone (no script, no navigation). */
  Pages(String... names) {
    String layout = resource("layout.html");
    String filters = resource("pages/event-filters.html");
    for (String name : names) {
      String main = resource("pages/" + name + ".html").replace("  {{event-filters}}\n", filters);
      Matcher title = TITLE.matcher(main);
      String page = layout.replace("{{title}}", title.find() ? title.group(1) : "Dateline")
          .replace("{{page}}", name).replace("{{main}}", main);
      // bytes, not a String: the platform's charset must not decide how the page is encoded
      pages.put(name, page.getBytes(StandardCharsets.UTF_8));
    }
    pages.put("login", resource("login.html").getBytes(StandardCharsets.UTF_8));
  }

  /** Answers with the page {@code name}. */
  void serve(Context ctx, String name) {
    byte[] page = pages.get(name);
    if (page == null) {
      throw new IllegalArgumentException("no page " + name);
    }
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + ROOT + name + "; rebuild dateline-server");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + name, e);
    }
  }
}
