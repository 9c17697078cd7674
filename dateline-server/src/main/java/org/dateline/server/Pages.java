package org.dateline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML pages of the UI, read from the jar once. Each page is a shell that loads its script; the
 * script asks the API and writes the answer into the page as text, never as markup.
 */
final class Pages {

  static final String ROOT = "/org/dateline/server/web/";

  private final Map<String, byte[]> pages = new HashMap<>();

  Pages(String... names) {
    for (String name : names) {
      pages.put(name, resource(name + ".html").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Answers with the page {@code name}. */
  void serve(Context ctx, String name) {
    // bytes, not a String: the platform's charset must not decide how the page is encoded
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
