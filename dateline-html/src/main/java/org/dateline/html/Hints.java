package org.dateline.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and roles say about an element, in the spirit of Readability: words that
 * mark the article's container, words that mark boilerplate. General words only, no site's names.
 */
final class Hints {

  /** Boilerplate strong enough to drop before scoring, unless the same name also says content. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|"
          + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
          + "ad-break|agegate|pagination|pager|popup|newsletter|subscribe|signup|sign-up|share|sharing|outbrain|"
          + "taboola|recirc|trending|most-popular|mostpopular|promo|toolbar|masthead|navbar|nav-|-nav|topbar|modal|"
          + "paywall|skip-link|skiplink|print-only|visually-hidden|sr-only|screen-reader|newsletter",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|"
          + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|"
          + "author|newsletter|subscribe|social|recommend|read-more|readmore|more-stories|teaser",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BAD_ROLE = Pattern.compile(
      "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search", Pattern.CASE_INSENSITIVE);

  /** A class or id token of a readers' comments section, whatever else the names say. */
  private static final Pattern COMMENTS = Pattern.compile(
      "(?i)comments?|comment[-_].*|.*[-_]comments?|commentlist|disqus.*|respond");

  private Hints() {}

  /** Readers' comments: never article text, even in the lenient passes. */
  static boolean comments(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("article") || e.normalName().equals("main")) {
      return false;
    }
    for (String token : (e.className() + " " + e.id()).split("\\s+")) {
      if (!token.isEmpty() && COMMENTS.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String names(Element e) {
    return e.className() + " " + e.id();
  }

  /** An element to drop before scoring: its class, id or role says boilerplate and nothing says content. */
  static boolean unlikely(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
      return false;
    }
    if (BAD_ROLE.matcher(e.attr("role")).find()) {
      return true;
    }
    String names = names(e);
    return !names.isBlank() && UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
  }

  /** Readability's class weight: +25 for a content word in the class and the id each, −25 for a boilerplate word. */
  static int weight(Element e) {
    int w = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(name).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(name).find()) {
        w += 25;
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).contains("articlebody")) {
      w += 50;
    }
    return w;
  }
}
