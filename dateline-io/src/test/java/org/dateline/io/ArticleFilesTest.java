package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.io.BadInputs.refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

  @TempDir Path dir;

  private Path touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Un article.\n");
    return file;
  }

  @Test
  void listsTextFilesRecursivelyInSortedOrder() throws Exception {
    touch("b.txt");
    touch("a.text");
    touch("2025/03/z.txt");
    touch("2025/01/m.TXT");
    touch("notes.md");
    touch("page.html");
    touch("2025/03/data.json");
    touch("archive.txt.gz");

    List<Path> files = ArticleFiles.list(dir);

    assertThat(files).containsExactly(
        dir.resolve("2025/01/m.TXT"),
        dir.resolve("2025/03/z.txt"),
        dir.resolve("a.text"),
        dir.resolve("b.txt"));
  }

  @Test
  void skipsHiddenFilesAndEverythingInHiddenDirectories() throws Exception {
    touch("visible.txt");
    touch(".hidden.txt");
    touch(".git/objects/x.txt");
    touch("2025/.drafts/brouillon.txt");
    touch("2025/ok.txt");

    assertThat(ArticleFiles.list(dir)).containsExactly(dir.resolve("2025/ok.txt"), dir.resolve("visible.txt"));
  }

  @Test
  void aHiddenDirectoryNamedDirectlyIsListed() throws Exception {
    touch(".corpus/a.txt");
    touch(".corpus/.b.txt");

    assertThat(ArticleFiles.list(dir.resolve(".corpus"))).containsExactly(dir.resolve(".corpus/a.txt"));
  }

  @Test
  void aFileIsReturnedWhateverItsName() throws Exception {
    Path file = touch("article.md");

    assertThat(ArticleFiles.list(file)).containsExactly(file);
  }

  @Test
  void emptyDirectoryHasNoArticles() {
    BadInputException e = refused(BadInputException.Reason.NO_ARTICLES, dir.toString(), () -> ArticleFiles.list(dir));
    assertThat(e.getMessage()).contains("no articles");
  }

  @Test
  void directoryWithOnlyOtherFilesHasNoArticles() throws Exception {
    touch("notes.md");
    touch(".hidden.txt");
    touch(".git/x.txt");

    refused(BadInputException.Reason.NO_ARTICLES, dir.toString(), () -> ArticleFiles.list(dir));
  }

  @Test
  void missingPathIsNotFound() {
    Path missing = dir.resolve("nowhere");
    refused(BadInputException.Reason.NOT_FOUND, missing.toString(), () -> ArticleFiles.list(missing));
  }

  @Test
  void articleNames() {
    assertThat(ArticleFiles.isArticleName(Path.of("a/b/article.txt"))).isTrue();
    assertThat(ArticleFiles.isArticleName(Path.of("ARTICLE.TEXT"))).isTrue();
    assertThat(ArticleFiles.isArticleName(Path.of(".article.txt"))).isFalse();
    assertThat(ArticleFiles.isArticleName(Path.of("article.txt~"))).isFalse();
    assertThat(ArticleFiles.isArticleName(Path.of("article.html"))).isFalse();
  }
}
