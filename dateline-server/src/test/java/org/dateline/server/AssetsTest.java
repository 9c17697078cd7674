package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scripts write article text as text: none of them turns a string into markup, so an article
 * cannot inject any (the browser test shows it on a hostile article).
 */
class AssetsTest {

  private static final String[] SCRIPTS = {"app", "article", "entity", "timeline", "network", "map", "search", "index"};

  @Test
  void noScriptParsesStringsAsMarkup() {
    for (String script : SCRIPTS) {
      String code = Pages.resource("assets/" + script + ".js");
      assertThat(code).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
          .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
          .doesNotContain("new Function").doesNotContain("setAttribute(\"style\"");
    }
  }

  @Test
  void nothingIsLoadedFromAnotherOrigin() {
    for (String page : new String[] {"layout", "pages/index", "pages/article", "pages/entity", "pages/timeline",
        "pages/network", "pages/map", "pages/search", "pages/event-filters", "login"}) {
      assertThat(Pages.resource(page + ".html")).as(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
    }
  }

  @Test
  void theMapHasEveryCountryWithItsCode() {
    String world = Pages.resource("assets/world-110m.json");
    assertThat(world).contains("\"id\":\"PRK\"").contains("\"id\":\"FRA\"").contains("\"id\":\"USA\"").contains("Natural Earth");
  }
}
