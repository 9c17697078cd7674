package org.dateline.lang.fr;

import static org.dateline.quantity.QuantityLexicon.phrases;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.dateline.quantity.QuantityLexicon;

/** How French writes quantities: "quelque 10.000 à 12.000 soldats", "1,5 million d'euros", "des milliers de". */
final class FrenchQuantities {

  private FrenchQuantities() {}

  static QuantityLexicon lexicon() {
    return new QuantityLexicon(
        true,
        words -> {
          OptionalLong v = FrenchNumberWords.parse(words);
          return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
        },
        Set.of("un", "une"),
        Map.of("million", BigDecimal.valueOf(1_000_000), "millions", BigDecimal.valueOf(1_000_000),
            "milliard", BigDecimal.valueOf(1_000_000_000), "milliards", BigDecimal.valueOf(1_000_000_000),
            "mille", BigDecimal.valueOf(1000), "md", BigDecimal.valueOf(1_000_000_000),
            "mds", BigDecimal.valueOf(1_000_000_000)),
        Map.ofEntries(Map.entry("dizaine", BigDecimal.TEN), Map.entry("dizaines", BigDecimal.TEN),
            Map.entry("douzaine", BigDecimal.valueOf(12)), Map.entry("quinzaine", BigDecimal.valueOf(15)),
            Map.entry("vingtaine", BigDecimal.valueOf(20)), Map.entry("trentaine", BigDecimal.valueOf(30)),
            Map.entry("quarantaine", BigDecimal.valueOf(40)), Map.entry("cinquantaine", BigDecimal.valueOf(50)),
            Map.entry("soixantaine", BigDecimal.valueOf(60)), Map.entry("centaine", BigDecimal.valueOf(100)),
            Map.entry("centaines", BigDecimal.valueOf(100)), Map.entry("millier", BigDecimal.valueOf(1000)),
            Map.entry("milliers", BigDecimal.valueOf(1000)), Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("milliards", BigDecimal.valueOf(1_000_000_000))),
        phrases("quelque", "environ", "près de", "près d'", "presque", "autour de", "approximativement",
            "à peu près", "plus ou moins", "quasiment", "pratiquement"),
        phrases("plus de", "plus d'", "au moins", "au-delà de", "plus de quelque"),
        phrases("moins de", "moins d'", "jusqu' à", "au plus", "au maximum", "pas plus de"),
        Set.of("entre"),
        Set.of("à", "-", "–", "et"),
        Set.of("de", "d'"),
        Set.of("les", "ces"),
        Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "à", "au", "aux", "en", "par",
            "pour", "avec", "sans", "sur", "sous", "dans", "chez", "entre", "contre", "vers", "selon", "depuis",
            "pendant", "avant", "après", "est", "sont", "a", "ont", "était", "étaient", "fut", "sera", "seront", "qui",
            "que", "qu'", "dont", "où", "ne", "n'", "se", "s'", "il", "elle", "ils", "elles", "on", "nous", "vous", "ce",
            "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mais", "car", "donc", "plus", "moins", "très",
            "aussi", "encore", "déjà", "autres", "premiers", "derniers", "prochains", "fois"),
        Map.ofEntries(Map.entry("€", "EUR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("£", "GBP"),
            Map.entry("yuans", "CNY"), Map.entry("yuan", "CNY"), Map.entry("yens", "JPY"), Map.entry("yen", "JPY"),
            Map.entry("roubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("wons", "KRW"), Map.entry("won", "KRW")),
        phrases("pour cent", "pourcent"));
  }
}
