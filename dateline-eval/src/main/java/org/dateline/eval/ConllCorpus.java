package org.dateline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ner.NerTrainer;

/**
 * Reads a CoNLL-style NER file as it is distributed: one token per line with its tag in the last
 * column, a blank line between sentences, {@code -DOCSTART-} lines between documents. Both layouts
 * in use are read: CoNLL-2003's {@code word POS chunk tag} and the {@code index word tag} of the
 * WikiNEuRal copies. IOB1 tags (an entity opening with {@code I-}) are rewritten as IOB2, so every
 * entity starts with {@code B-}.
 */
public final class ConllCorpus {

  /** A document: its sentences with their gold tags; the id is the file name and the document's ordinal. */
  public record Document(String id, List<NerTrainer.Example> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  private ConllCorpus() {}

  /**
   * @throws CorpusFormatException when a line has fewer than two columns or a tag is not O, B-X or I-X
   */
  public static List<Document> read(Path file) throws IOException, CorpusFormatException {
    List<Document> documents = new ArrayList<>();
    List<NerTrainer.Example> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readLines(in, name, sentences, documents, words, tags);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CorpusFormatException(name + ": not UTF-8 text");
    }
    closeSentence(words, tags, sentences);
    closeDocument(name, sentences, documents);
    return documents;
  }

  private static void readLines(BufferedReader in, String name, List<NerTrainer.Example> sentences,
      List<Document> documents, List<String> words, List<String> tags) throws IOException, CorpusFormatException {
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        closeSentence(words, tags, sentences);
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      if (columns.length < 2) {
        throw new CorpusFormatException(name + ":" + lineNumber + ": expected a token and a tag, found '" + trimmed + "'");
      }
      String word = columns.length == 3 && columns[0].chars().allMatch(Character::isDigit) ? columns[1] : columns[0];
      String tag = columns[columns.length - 1];
      if (word.equals("-DOCSTART-")) {
        closeSentence(words, tags, sentences);
        closeDocument(name, sentences, documents);
        continue;
      }
      if (!tag.equals("O") && !tag.matches("[BI]-\\S+")) {
        throw new CorpusFormatException(name + ":" + lineNumber + ": '" + tag + "' is not a BIO tag");
      }
      words.add(word);
      tags.add(tag);
    }
  }

  private static void closeSentence(List<String> words, List<String> tags, List<NerTrainer.Example> sentences) {
    if (!words.isEmpty()) {
      sentences.add(new NerTrainer.Example(words, iob2(tags)));
      words.clear();
      tags.clear();
    }
  }

  private static void closeDocument(String name, List<NerTrainer.Example> sentences, List<Document> documents) {
    if (!sentences.isEmpty()) {
      documents.add(new Document(name + "#" + (documents.size() + 1), sentences));
      sentences.clear();
    }
  }

  /** IOB1 → IOB2: an I-X that does not continue an entity of type X opens one. */
  static List<String> iob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previous = "O";
    for (String t : tags) {
      boolean continues = previous.length() > 2 && previous.substring(2).equals(t.length() > 2 ? t.substring(2) : "");
      out.add(t.startsWith("I-") && !continues ? "B-" + t.substring(2) : t);
      previous = t;
    }
    return out;
  }
}
