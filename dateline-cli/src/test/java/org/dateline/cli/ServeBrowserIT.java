package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.server.DatelineServer;
import org.dateline.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium over the bundled samples: what a reader does, with
 * screenshots in target/screenshots. Skipped when Debian's chromium and chromium-driver are absent
 * (bench/install-browser.sh installs them).
 */
class ServeBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "PARIS, 3 mars 2025 - <script>window.pwned = 1</script> Emmanuel Macron a déclaré : "
      + "« Nous <img src=x onerror=\"window.pwned = 2\"> soutiendrons l'Ukraine <a href=\"javascript:window.pwned=3\">ici</a> ». "
      + "Selon le Kremlin, la Russie <style>body { display: none }</style> a menacé la France.";

  @TempDir static Path dir;
  static DatelineServer server;
  static StoreSubmitter submitter;
  static WebDriver browser;
  static WebDriverWait wait;
  static long seed;
  static Path shots;
  static String absent;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = executable("chromium");
    Path driver = executable("chromedriver");
    if (chromium == null || driver == null) {
      absent = (chromium == null ? "chromium" : "chromedriver") + " is not on the PATH: bench/install-browser.sh installs it";
      return;
    }
    Path db = SampleKnowledgeBase.copyInto(dir);
    submitter = new StoreSubmitter(db, 1 << 20, org.dateline.sources.AddressPolicy.PUBLIC_ONLY);
    server = DatelineServer.start(ServerConfig.local(db, 0), Optional.of(submitter), line -> {});
    seed = JSON.readTree(get("/api/search?q=Choïgou+Pyongyang&limit=1")).at("/items/0/article").asLong();
    ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    shots = Path.of(System.getProperty("dateline.screenshots", "target/screenshots"));
    Files.createDirectories(shots);
  }

  /** Each test is reported skipped, with why, on a machine without the browser. */
  @BeforeEach
  void needsTheBrowser() {
    assumeThat(absent).as(absent).isNull();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      submitter.close();
    }
  }

  @Test
  void aReaderFollowsTheSeedArticleToShoyguAndTheThreats() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(url("/articles/" + seed));
    WebElement kim = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//div[@id='text']//a[contains(@class,'ent-person') and normalize-space()='Kim Jong-Un']")));
    assertThat(kim.getAttribute("data-type")).isEqualTo("PERSON");
    assertThat(kim.getAttribute("href")).endsWith("/entities/kim%20jong-un");
    WebElement quote = browser.findElement(By.xpath("//li[contains(@class,'quote-item')][blockquote[starts-with(normalize-space(),'Je tiens à vous transmettre')]]"));
    WebElement speaker = quote.findElement(By.cssSelector("a.speaker"));
    String name = speaker.getText();
    assertThat(name).isIn("Sergey Shoygu", "Sergueï Choïgou");
    screenshot("article");

    speaker.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), name));
    assertThat(browser.getCurrentUrl()).contains("/entities/");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("RUS").contains("Je tiens à vous transmettre");
    screenshot("entity");

    browser.get(url("/timeline"));
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    new Select(form.findElement(By.name("cameo"))).selectByValue("13");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("cameo=13"));
    List<WebElement> events = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.event")));
    assertThat(events).allSatisfy(e -> assertThat(e.getAttribute("data-cameo")).startsWith("13"));
    assertThat(events).anySatisfy(e -> assertThat(e.getText()).contains("Corée du Nord").contains("Threaten"));
    screenshot("timeline-threats");
  }

  @Test
  void theArticlePageFitsAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(375, 812));
    try {
      browser.get(url("/articles/" + seed));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text a.ent-person")));
      long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      screenshot("article-375px");
      Object wide = js("return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
          + " && !(e.parentElement.getBoundingClientRect().right > document.documentElement.clientWidth + 1)).slice(0, 8).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width)).join(' ');");
      assertThat(overflow).as("horizontal scrolling at 375 px, by " + wide).isLessThanOrEqualTo(0);
      screenshot("article-375px");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  void hostileArticleTextIsShownAsTextAndNeverRuns() throws Exception {
    long id = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", HOSTILE, "language", "fr")))).get("id").asLong();
    browser.get(url("/articles/" + id));
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text")));
    wait.until(d -> !d.findElements(By.cssSelector("#text .ent")).isEmpty());
    assertThat(text.getText()).contains("<script>window.pwned = 1</script>").contains("<img src=x onerror=")
        .contains("<style>body { display: none }</style>");
    assertThat(js("return document.querySelectorAll('main script, main img, main style, main iframe').length;")).isEqualTo(0L);
    assertThat(js("return Array.from(document.querySelectorAll('a')).filter(a => /^javascript:/i.test(a.getAttribute('href') || '')).length;"))
        .isEqualTo(0L);
    assertThat(js("return typeof window.pwned;")).isEqualTo("undefined");
    assertThat(browser.findElement(By.tagName("body")).isDisplayed()).isTrue();
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    screenshot("hostile-article");
  }

  @Test
  void everyPageWorksWithTheKeyboard() throws Exception {
    browser.get(url("/timeline"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.event")));
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    assertThat(js("return document.activeElement.textContent;")).isEqualTo("Skip to content");
    for (int i = 0; i < 7; i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    // past the skip link and the six links of the header: the filters, real form controls
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("name")).isEqualTo("actor");
    assertThat(js("return getComputedStyle(document.activeElement).outlineStyle;")).isNotEqualTo("none");
    focused.sendKeys("PRK");
    new Select(browser.findElement(By.name("cameo"))).selectByValue("13");
    browser.findElement(By.name("actor")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("actor=PRK"));
    assertThat(wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.event")))).isNotEmpty();
  }

  @Test
  void theNetworkAndTheMapAreDrawn() throws Exception {
    browser.get(url("/network"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph svg a.node")));
    assertThat(browser.findElements(By.cssSelector("#graph line.edge"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#graph a.node")).stream().map(a -> a.getDomAttribute("href")))
        .allSatisfy(href -> assertThat(href).startsWith("/")).anySatisfy(href -> assertThat(href).startsWith("/entities/"));
    screenshot("network");
    browser.get(url("/map"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map svg circle.spot")));
    assertThat(browser.findElements(By.cssSelector("#map path.land")).size()).isGreaterThan(150);
    assertThat(browser.findElement(By.id("note")).getText()).contains("no coordinates");
    screenshot("map");
    browser.get(url("/search?q=Pyongyang"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results mark")));
    screenshot("search");
    browser.get(url("/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles table")));
    screenshot("index");
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) throws Exception {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path executable(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static String get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String post(String json) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url("/api/articles")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
    return answer.body();
  }
}
