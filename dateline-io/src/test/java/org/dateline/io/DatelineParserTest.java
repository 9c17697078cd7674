package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.core.Dateline;
import org.dateline.core.Place;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per dateline form: places, ISO date, agency and where the dateline ends. */
class DatelineParserTest {

  private static final LocalDate MARCH_23 = LocalDate.of(2025, 3, 23);

  private final DatelineParser parser = new DatelineParser();

  private Optional<DatelineParser.Result> parse(String line, Optional<LocalDate> publication) {
    return parser.parse(line, new Span(0, line.length()), publication);
  }

  private Dateline dateline(String line, Optional<LocalDate> publication) {
    Optional<DatelineParser.Result> result = parse(line, publication);
    assertThat(result).as("a dateline in %s", line).isPresent();
    return result.get().dateline();
  }

  private static Optional<LocalDate> published(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** The offset just past the first occurrence of {@code marker} in {@code line}. */
  private static int after(String line, String marker) {
    int at = line.indexOf(marker);
    assertThat(at).as("%s in %s", marker, line).isNotNegative();
    return at + marker.length();
  }

  @Test
  void placesAndDateInParentheses() {
    String line = "(Rome, Paris, 22 mars 2025). Sergueï Choïgou a rencontré Kim Jong-Un";
    DatelineParser.Result result = parse(line, Optional.empty()).orElseThrow();
    Dateline d = result.dateline();

    assertThat(d.places()).extracting(Place::name).containsExactly("Rome", "Paris");
    assertThat(d.places()).extracting(p -> p.span().of(line)).containsExactly("Rome", "Paris");
    assertThat(d.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(d.agency()).isEmpty();
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "2025).")));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void agencyFormTakesTheYearFromThePublicationDate() {
    String line = "PARIS, 22 mars (AFP) - Le président a reçu son homologue.";
    DatelineParser.Result result = parse(line, Optional.of(MARCH_23)).orElseThrow();
    Dateline d = result.dateline();

    assertThat(d.places()).extracting(Place::name).containsExactly("Paris");
    assertThat(d.places().get(0).span()).isEqualTo(new Span(0, 5));
    assertThat(d.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(d.agency()).contains("AFP");
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "(AFP) -")));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void agencyFormWithoutYearOrPublicationDateHasNoDateAndSaysWhy() {
    String line = "PARIS, 22 mars (AFP) - Le président a reçu son homologue.";
    DatelineParser.Result result = parse(line, Optional.empty()).orElseThrow();
    Dateline d = result.dateline();

    assertThat(d.date()).isEmpty();
    assertThat(d.places()).extracting(Place::name).containsExactly("Paris");
    assertThat(d.agency()).contains("AFP");
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "(AFP) -")));
    assertThat(result.problems()).singleElement().asString().contains("no year");
  }

  @Test
  void englishAgencyForm() {
    String line = "WASHINGTON, March 22 (Reuters) - The president said on Saturday";
    Dateline d = dateline(line, Optional.of(MARCH_23));

    assertThat(d.places()).extracting(Place::name).containsExactly("Washington");
    assertThat(d.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(d.agency()).contains("Reuters");
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "(Reuters) -")));
  }

  @Test
  void placeCommaLeDateDash() {
    String line = "Paris, le 22 mars 2025 – Le gouvernement a présenté son budget.";
    Dateline d = dateline(line, Optional.empty());

    assertThat(d.places()).extracting(Place::name).containsExactly("Paris");
    assertThat(d.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(d.agency()).isEmpty();
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "2025 –")));
  }

  @Test
  void dateOnlyWithOrdinalDay() {
    String line = "1er décembre 2018 . – Le texte a été adopté par le Sénat.";
    Dateline d = dateline(line, Optional.empty());

    assertThat(d.places()).isEmpty();
    assertThat(d.date()).contains(LocalDate.of(2018, 12, 1));
    assertThat(d.agency()).isEmpty();
    assertThat(d.span()).isEqualTo(new Span(0, after(line, ". –")));
  }

  @Test
  void dateAndTimeOnlyAsWinerWritesIt() {
    String line = "1er janvier 2016, 14h30 . –";
    Dateline d = dateline(line, Optional.empty());

    assertThat(d.places()).isEmpty();
    assertThat(d.date()).contains(LocalDate.of(2016, 1, 1));
    assertThat(d.span()).isEqualTo(new Span(0, line.length()));
  }

  @Test
  void placeAndAgencyOnly() {
    String line = "PARIS (AFP) - Le Premier ministre a démissionné.";
    DatelineParser.Result result = parse(line, Optional.of(MARCH_23)).orElseThrow();
    Dateline d = result.dateline();

    assertThat(d.places()).extracting(Place::name).containsExactly("Paris");
    assertThat(d.date()).isEmpty();
    assertThat(d.agency()).contains("AFP");
    assertThat(d.span()).isEqualTo(new Span(0, after(line, "(AFP) -")));
    assertThat(result.problems()).as("no date given is not a problem").isEmpty();
  }

  @Test
  void yearlessDateTakesTheYearNearestThePublicationDate() {
    Dateline december = dateline("NEW YORK, Dec. 31 (Reuters) -", published(2025, 1, 2));
    assertThat(december.places()).extracting(Place::name).containsExactly("New York");
    assertThat(december.date()).contains(LocalDate.of(2024, 12, 31));
    assertThat(december.agency()).contains("Reuters");

    Dateline january = dateline("PARIS, 2 janvier (AFP) -", published(2024, 12, 31));
    assertThat(january.date()).contains(LocalDate.of(2025, 1, 2));
  }

  @Test
  void upperCasePlaceWithArticleReadsAsAPersonWritesIt() {
    String line = "LE CAIRE, 3 mars 2024 (AFP) - Les négociations ont repris.";
    Dateline d = dateline(line, Optional.empty());

    assertThat(d.places()).extracting(Place::name).containsExactly("Le Caire");
    assertThat(d.places().get(0).span().of(line)).isEqualTo("LE CAIRE");
    assertThat(d.date()).contains(LocalDate.of(2024, 3, 3));
    assertThat(d.agency()).contains("AFP");
  }

  @Test
  void impossibleDateWithYearGivesNoDateAndAProblem() {
    String line = "PARIS, 31 février 2025 (AFP) - Le texte";
    DatelineParser.Result result = parse(line, Optional.of(MARCH_23)).orElseThrow();

    assertThat(result.dateline().date()).isEmpty();
    assertThat(result.dateline().places()).extracting(Place::name).containsExactly("Paris");
    assertThat(result.problems()).singleElement().asString().contains("no such date");
  }

  @Test
  void impossibleDayWithoutYearGivesNoDateAndAProblem() {
    String line = "Paris, le 45 mars (AFP) - Le texte";
    DatelineParser.Result result = parse(line, Optional.of(MARCH_23)).orElseThrow();

    assertThat(result.dateline().date()).isEmpty();
    assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("no such date"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le président a parlé hier.",
      "Kim Jong-Un a testé un missile, selon Séoul.",
      "Hier, 22 mars, le président a parlé.",
      "Emmanuel Macron (Renaissance) a répondu aux questions.",
      "La rencontre entre Choïgou et Kim",
      "",
      "   ",
      "2025 sera une année difficile."})
  void ordinaryLinesAreNoDateline(String line) {
    assertThat(parse(line, Optional.of(MARCH_23))).isEmpty();
  }

  @Test
  void upperCaseMonth() {
    Dateline agency = dateline("PARIS, 22 MARS 2025 (AFP) -", Optional.empty());
    assertThat(agency.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(agency.places()).extracting(Place::name).containsExactly("Paris");

    Dateline alone = dateline("22 MARS 2025", Optional.empty());
    assertThat(alone.date()).contains(LocalDate.of(2025, 3, 22));
    assertThat(alone.span()).isEqualTo(new Span(0, 12));
  }

  @Test
  void monthUpperCasedUnderTheTurkishLocaleIsStillAMonth() {
    // "juin".toUpperCase() under a Turkish default locale is "JUİN", with a dotted capital I;
    // the case-insensitive pattern accepts it, so the month lookup must too.
    Dateline d = dateline("ANKARA, 22 JUİN 2025 (AFP) -", Optional.empty());
    assertThat(d.date()).contains(LocalDate.of(2025, 6, 22));
    assertThat(d.places()).extracting(Place::name).containsExactly("Ankara");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 juın 2025", "PARIS, 3 maı (AFP) -", "3 ſeptembre 2024 -", "ANKARA, 1 JUİL. 2025 -"})
  void monthsSpelledWithCaseFoldedLettersNeverThrow(String line) {
    assertThatCode(() -> parse(line, Optional.of(MARCH_23))).doesNotThrowAnyException();
  }

  @Test
  void spansAreOffsetsIntoTheWholeText() {
    String text = "Un titre\nWASHINGTON, March 22 (Reuters) - The president\n";
    int start = text.indexOf("WASHINGTON");
    Span line = new Span(start, text.indexOf('\n', start));
    Dateline d = parser.parse(text, line, Optional.of(MARCH_23)).orElseThrow().dateline();

    assertThat(d.span().start()).isEqualTo(start);
    assertThat(d.span().of(text)).isEqualTo("WASHINGTON, March 22 (Reuters) -");
    assertThat(d.places().get(0).span().of(text)).isEqualTo("WASHINGTON");
  }

  @Test
  void readableKeepsMixedCaseAndCapitalizesEachPartOfUpperCaseNames() {
    assertThat(DatelineParser.readable("NEW YORK")).isEqualTo("New York");
    assertThat(DatelineParser.readable("SAINT-DENIS")).isEqualTo("Saint-Denis");
    assertThat(DatelineParser.readable("AIX EN PROVENCE")).isEqualTo("Aix en Provence");
    assertThat(DatelineParser.readable("McAllen")).isEqualTo("McAllen");
    assertThat(DatelineParser.readable("AIX-EN-PROVENCE")).isEqualTo("Aix-en-Provence");
    assertThat(DatelineParser.readable("BOULOGNE-SUR-MER")).isEqualTo("Boulogne-sur-Mer");
    assertThat(DatelineParser.readable("İZMİR")).isEqualTo("Izmir");
    assertThat(DatelineParser.readable("L'AQUILA")).isEqualTo("L'Aquila");
  }
}
