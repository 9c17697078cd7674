package org.dateline.lang.fr;

import static org.dateline.lang.fr.FrenchTimeReadings.direction;
import static org.dateline.lang.fr.FrenchTimeReadings.year;
import static org.dateline.time.RuleSupport.group;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.time.Rule.Meant;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Direction;

/**
 * How a season word of the French time grammar reads: "l'automne dernier" and "cet été" are seasons
 * of a year, "les mois d'été" any summer; "a été" is a participle, "Automne Pavia" a name and "les
 * Jeux olympiques d'hiver" an event. Reads the groups {@code season}, {@code of} ("d'"), {@code bare}
 * (no article), {@code dir} and {@code year} of the rule's match.
 */
final class FrenchSeasons {

  private FrenchSeasons() {}

  private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
  private static final Pattern OF_BEFORE = Pattern.compile("[dD]['’]");
  private static final Pattern GAMES_BEFORE = Pattern.compile("(?:jeux|olympiques|paralympiques|jeunesse)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static Optional<Meant> read(Matcher m, CharSequence t) {
    String season = group(m, "season").orElseThrow().toLowerCase(Locale.ROOT);
    boolean alone = group(m, "dir").isEmpty() && group(m, "year").isEmpty();
    boolean bare = group(m, "bare").isPresent();
    boolean capital = Character.isUpperCase(m.group("season").charAt(0));
    // "a été" is a participle: a bare "été" is a season only with a modifier, a year or a capital
    if (season.equals("été") && bare && alone && !capital) {
      return Optional.empty();
    }
    if (bare && alone && capital && NAME_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) {
      return Optional.empty(); // "Automne Pavia" is a name
    }
    String code = season.startsWith("pr") ? "SP" : season.startsWith("ét") || season.startsWith("et") ? "SU"
        : season.startsWith("au") ? "FA" : "WI";
    boolean ofSeason = group(m, "of").isPresent()
        || m.start() >= 2 && OF_BEFORE.matcher(t.subSequence(m.start() - 2, m.start())).matches();
    if (ofSeason && alone) {
      // "les Jeux olympiques d'hiver" name an event; "les vacances d'été", "les mois d'hiver" are any summer
      int of = group(m, "of").isPresent() ? m.start() : m.start() - 2;
      return GAMES_BEFORE.matcher(t.subSequence(Math.max(0, of - 24), of)).find() ? Optional.empty()
          : Meant.of(new TimeMeaning.Fixed("XXXX-" + code));
    }
    boolean demonstrative = m.group().toLowerCase(Locale.ROOT).startsWith("ce");
    return Meant.of(new TimeMeaning.Season(code, year(m), demonstrative ? Direction.THIS : direction(m)));
  }
}
