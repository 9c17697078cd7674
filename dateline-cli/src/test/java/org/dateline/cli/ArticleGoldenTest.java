package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.core.Analyzer;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.io.ArticleReader;
import org.dateline.io.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample article against its reviewed expected file in {@code golden/}: headline,
 * dateline, language, sections, blocks, entities with their mentions and country, quotes with their
 * speaker, claims with their sources, events (code, actors, place, time, factuality), time expressions with their values, quantities, and each sentence with its tokens
 * separated by " | ".
 * After a deliberate change, regenerate with {@code mvn test -pl dateline-cli
 * -Ddateline.golden.update=true}, then review the diff of the expected files before committing.
 */
class ArticleGoldenTest {

  private static Analyzer analyzer;

  @BeforeAll
  static void load() throws IOException {
    analyzer = AnalyzerFactory.standard(true);
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("dateline.samples", "../samples")))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void matchesTheReviewedExpectedFile(Path article) throws IOException, BadInputException {
    Document doc = analyzer.analyze(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(article));
    String actual = render(doc);
    Path expected = Path.of(System.getProperty("dateline.golden", "src/test/resources/org/dateline/cli/golden"))
        .resolve(article.getFileName().toString().replaceFirst("\\.txt$", ".expected"));
    if (Boolean.getBoolean("dateline.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected file; run with -Ddateline.golden.update=true to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static String render(Document doc) {
    StringBuilder s = new StringBuilder();
    s.append("language: ").append(doc.language().map(l -> l.code()).orElse("none")).append('\n');
    s.append("headline: ").append(doc.headline().orElse("none")).append('\n');
    s.append("dateline: ").append(doc.dateline().map(d -> "places=" + d.places().stream().map(p -> p.name()).toList()
        + " date=" + d.date().map(Object::toString).orElse("none")
        + " agency=" + d.agency().orElse("none")).orElse("none")).append('\n');
    s.append("sections: ").append(doc.sections()).append('\n');
    s.append("blocks: ").append(doc.blocks().stream().map(b -> b.kind().name()).collect(Collectors.joining(" ")))
        .append('\n');
    s.append("sentences: ").append(doc.sentences().size()).append(", tokens: ").append(doc.tokens().size()).append('\n');
    s.append("diagnostics: ").append(doc.diagnostics().stream().map(d -> d.code()).toList()).append('\n');
    for (var e : doc.entities()) {
      s.append("entity: ").append(e.id()).append(' ').append(e.type()).append(' ').append(e.country().orElse("-"))
          .append(' ').append(e.mentions().stream().map(m -> doc.text(m.span())).toList()).append('\n');
    }
    for (var q : doc.quotes()) {
      s.append("quote: ").append(q.kind()).append(" by ").append(q.speaker().orElse("-"))
          .append(q.cue().map(c -> " (" + c + ")").orElse("")).append(q.via().map(v -> " via " + v).orElse(""))
          .append(": ").append(doc.text(q.span())).append('\n');
    }
    for (var c : doc.claims()) {
      s.append("claim: by ").append(c.sources()).append(" (").append(c.cue()).append("): ").append(doc.text(c.span()))
          .append('\n');
    }
    for (var e : doc.events()) {
      s.append("event: ").append(e.cameo()).append(' ').append(actor(e.actor1())).append(" > ")
          .append(e.actor2().map(ArticleGoldenTest::actor).orElse("-")).append(" at ").append(e.location().orElse("-"))
          .append(" on ").append(e.time().orElse("-")).append(' ').append(e.factuality()).append(" source ")
          .append(e.sources()).append(" in S").append(doc.sentences().stream().map(Sentence::span).toList()
              .indexOf(e.span()) + 1).append('\n');
    }
    for (var t : doc.times()) {
      s.append("time: ").append(doc.text(t.span())).append(" = ").append(t.type()).append(' ')
          .append(t.value().orElse("-")).append(t.modifier().map(m -> " " + m).orElse("")).append('\n');
    }
    for (var q : doc.quantities()) {
      s.append("quantity: ").append(doc.text(q.span())).append(" = ")
          .append(q.min().map(java.math.BigDecimal::toPlainString).orElse("-")).append("..")
          .append(q.max().map(java.math.BigDecimal::toPlainString).orElse("-"))
          .append(' ').append(q.unit().orElse("-")).append(q.approximate() ? " approximate" : "").append('\n');
    }
    int n = 1;
    for (Sentence sentence : doc.sentences()) {
      Block.Kind kind = doc.blocks().stream().filter(b -> b.span().contains(sentence.span())).findFirst()
          .map(Block::kind).orElseThrow();
      List<String> tokens = doc.tokens(sentence.span()).stream().map(t -> doc.text(t.span())).toList();
      s.append(String.format("S%d %s: %s%n", n++, kind, String.join(" | ", tokens)));
    }
    return s.toString();
  }

  private static String actor(org.dateline.core.Event.Actor a) {
    return a.entity().orElse("-") + "/" + a.country().orElse("-");
  }
}
