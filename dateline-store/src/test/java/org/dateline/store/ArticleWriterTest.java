package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import org.dateline.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWriterTest {

  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2025, 3, 22);

  @Test
  void storesAnArticleWithItsLayers() throws Exception {
    try (Store store = Store.openForWriting(dir.resolve("kb.db"))) {
      Document doc = TestArticles.meeting("a.txt", TestArticles.randomText(new Random(1), 200), DAY);
      StoreOutcome outcome = new ArticleWriter(store, TestArticles.CLOCK).store(TestArticles.record("a.txt", doc));

      assertThat(outcome.kind()).isEqualTo(StoreOutcome.Kind.NEW);
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("entities")).isEqualTo(3);
      assertThat(store.count("mentions")).isEqualTo(4);
      assertThat(store.count("events")).isEqualTo(1);
      assertThat(store.count("quotes")).isEqualTo(1);
      assertThat(store.count("minhash_bands")).isEqualTo(MinHasher.BANDS);
      assertThat(store.count("story_members")).isEqualTo(1);
    }
  }

  @Test
  void theSameTextAgainOnlyAddsASource() throws Exception {
    try (Store store = Store.openForWriting(dir.resolve("kb.db"))) {
      ArticleWriter writer = new ArticleWriter(store, TestArticles.CLOCK);
      Document doc = TestArticles.meeting("a.txt", TestArticles.randomText(new Random(1), 200), DAY);
      long id = writer.store(TestArticles.record("a.txt", doc)).articleId();

      assertThat(writer.store(TestArticles.record("a.txt", doc)).kind()).isEqualTo(StoreOutcome.Kind.ALREADY_STORED);
      StoreOutcome other = writer.store(TestArticles.record("https://example.org/a", doc));

      assertThat(other).isEqualTo(new StoreOutcome(StoreOutcome.Kind.SAME_TEXT, id, 1.0));
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("events")).isEqualTo(1);
      assertThat(store.count("article_sources")).isEqualTo(2);
    }
  }

  @Test
  void aNearIdenticalCopyIsASourceOfTheSameArticle() throws Exception {
    try (Store store = Store.openForWriting(dir.resolve("kb.db"))) {
      ArticleWriter writer = new ArticleWriter(store, TestArticles.CLOCK);
      String body = TestArticles.randomText(new Random(2), 300);
      long id = writer.store(TestArticles.record("afp.txt", TestArticles.meeting("afp.txt", body, DAY))).articleId();
      Document copy = TestArticles.meeting("site.txt", body.replaceFirst("armée", "l'armée") + " Lire aussi notre dossier.", DAY);

      StoreOutcome outcome = writer.store(TestArticles.record("site.txt", copy));

      assertThat(outcome.kind()).isEqualTo(StoreOutcome.Kind.NEAR_DUPLICATE);
      assertThat(outcome.articleId()).isEqualTo(id);
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("article_sources")).isEqualTo(2);
    }
  }

  @Test
  void aFailureInTheMiddleLeavesNothingOfTheArticle() throws Exception {
    try (Store store = Store.openForWriting(dir.resolve("kb.db"))) {
      try (Statement st = store.connection().createStatement()) {
        st.execute("CREATE TRIGGER fail AFTER INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
      }
      Document doc = TestArticles.meeting("a.txt", TestArticles.randomText(new Random(1), 50), DAY);

      assertThatThrownBy(() -> new ArticleWriter(store, TestArticles.CLOCK).store(TestArticles.record("a.txt", doc)))
          .isInstanceOf(StoreException.class).hasMessageContaining("disk on fire").hasMessageNotContaining("\n");
      for (String table : new String[] {"articles", "article_sources", "entities", "mentions", "events", "minhash_bands"}) {
        assertThat(store.count(table)).as(table).isZero();
      }
    }
  }

  @Test
  void articlesAboutTheSameMeetingFormOneStory() throws Exception {
    try (Store store = Store.openForWriting(dir.resolve("kb.db"))) {
      ArticleWriter writer = new ArticleWriter(store, TestArticles.CLOCK);
      writer.store(TestArticles.record("a", TestArticles.meeting("a", TestArticles.randomText(new Random(3), 100), DAY)));
      writer.store(TestArticles.record("b", TestArticles.meeting("b", TestArticles.randomText(new Random(4), 100), DAY.plusDays(2))));
      writer.store(TestArticles.record("c", TestArticles.meeting("c", TestArticles.randomText(new Random(5), 100), DAY.plusDays(30))));

      ResultTable stories = new StoreQueries(store).stories(QueryFilter.all(10));

      assertThat(stories.rows()).hasSize(2);
      assertThat(stories.rows().get(0).get(stories.columns().indexOf("articles"))).isEqualTo(2L);
      ResultTable members = new StoreQueries(store).story((Long) stories.rows().get(0).get(0));
      assertThat(members.rows().get(1).get(members.columns().indexOf("reason")).toString()).startsWith("names; article 1: 3 shared names");
    }
  }
}
