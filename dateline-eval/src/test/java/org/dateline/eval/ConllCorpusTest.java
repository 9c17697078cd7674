package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.ner.NerTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {

  @TempDir Path dir;

  private List<ConllCorpus.Document> read(String text) throws IOException, CorpusFormatException {
    Path file = dir.resolve("corpus.conll");
    Files.writeString(file, text);
    return ConllCorpus.read(file);
  }

  @Test
  void readsCoNll2003DocumentsAndRewritesIob1AsIob2() throws Exception {
    List<ConllCorpus.Document> docs = read("-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n"
        + "German JJ B-NP I-MISC\ncall NN I-NP O\n.\t.\tO\tO\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n\n"
        + "-DOCSTART- -X- -X- O\n\nSpain NNP B-NP I-LOC\nFrance NNP I-NP B-LOC\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).extracting(NerTrainer.Example::tags).containsExactly(
        List.of("B-ORG", "O", "B-MISC", "O", "O"), List.of("B-PER", "I-PER"));
    // IOB1's B- separates two adjacent entities of one type
    assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("B-LOC", "B-LOC");
    assertThat(docs.get(1).id()).isEqualTo("corpus.conll#2");
  }

  @Test
  void readsTheIndexedLayoutOfWikiNeural() throws Exception {
    List<ConllCorpus.Document> docs = read("0\tKim\tB-PER\n1\tJong-Un\tI-PER\n2\ta\tO\n\n0\tSéoul\tB-LOC\n");
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.sentences()).hasSize(2));
    assertThat(docs.get(0).sentences().get(0).words()).containsExactly("Kim", "Jong-Un", "a");
  }

  @Test
  void iob2LeavesWellFormedTagsAlone() {
    List<String> tags = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC");
    assertThat(ConllCorpus.iob2(tags)).isEqualTo(tags);
    assertThat(ConllCorpus.iob2(List.of("I-PER", "I-ORG", "O", "I-ORG"))).containsExactly("B-PER", "B-ORG", "O", "B-ORG");
  }

  @Test
  void namesTheLineOfAMalformedRow() {
    assertThatThrownBy(() -> read("Kim B-PER\nJong-Un\n")).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("corpus.conll:2");
    assertThatThrownBy(() -> read("Kim PERSON\n")).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("not a BIO tag");
  }

  @Test
  void readsOrganisationsFromAPetrarchActorListAndLeavesPeopleInOfficeOut() throws IOException {
    Path list = dir.resolve("actors.txt");
    Files.writeString(list, "THE_UNITED_NATIONS_ [IGOUNO]\nUN_ [IGOUNO]\n\nKOFI_ANNAN_\n+SECRETARY-GENERAL_KOFI_ANNAN\n"
        + "\t[IGOUNO 970101-061231] \nADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13\n# a comment\n");
    assertThat(GazetteerSources.organisations(list))
        .containsExactly("the united nations", "aden abyan islamic army");
  }

  @Test
  void refusesBytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("binary.conll");
    Files.write(file, new byte[] {'K', 'i', 'm', ' ', 'B', '-', 'P', 'E', 'R', '\n', (byte) 0xff, (byte) 0xfe, ' ', 'O', '\n'});
    assertThatThrownBy(() -> ConllCorpus.read(file)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void anEmptyFileHasNoDocuments() throws Exception {
    assertThat(read("")).isEmpty();
    assertThat(read("-DOCSTART- O\n\n\n")).isEmpty();
  }
}
