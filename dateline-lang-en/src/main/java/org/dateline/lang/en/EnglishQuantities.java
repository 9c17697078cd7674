package org.dateline.lang.en;

import static org.dateline.quantity.QuantityLexicon.phrases;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.dateline.quantity.QuantityLexicon;

/** How English writes quantities: "some 10,000 to 12,000 troops", "$2.5bn", "dozens of", "at least 40%". */
final class EnglishQuantities {

  private EnglishQuantities() {}

  static QuantityLexicon lexicon() {
    return new QuantityLexicon(
        false,
        words -> {
          OptionalLong v = EnglishNumberWords.parse(words);
          return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
        },
        Set.of("a", "an"),
        Map.of("million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "thousand", BigDecimal.valueOf(1000),
            "bn", BigDecimal.valueOf(1_000_000_000), "m", BigDecimal.valueOf(1_000_000), "mln", BigDecimal.valueOf(1_000_000),
            "k", BigDecimal.valueOf(1000)),
        Map.of("dozen", BigDecimal.valueOf(12), "dozens", BigDecimal.valueOf(12), "hundreds", BigDecimal.valueOf(100),
            "thousands", BigDecimal.valueOf(1000), "millions", BigDecimal.valueOf(1_000_000),
            "billions", BigDecimal.valueOf(1_000_000_000), "scores", BigDecimal.valueOf(20)),
        phrases("about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
            "close to", "more or less"),
        phrases("more than", "over", "at least", "upwards of", "in excess of"),
        phrases("less than", "fewer than", "under", "up to", "at most", "no more than"),
        Set.of("between", "from"),
        Set.of("to", "and", "-", "–"),
        Set.of("of"),
        Set.of("the", "these", "those"),
        Set.of("the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "of", "as", "per",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
            "might", "that", "which", "who", "this", "these", "those", "it", "its", "their", "his", "her", "more",
            "less", "than", "times", "other", "others", "people's"),
        Map.ofEntries(Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"),
            Map.entry("€", "EUR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("£", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY")),
        phrases("percent", "per cent"));
  }
}
