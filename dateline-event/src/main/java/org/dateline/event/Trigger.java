package org.dateline.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A word that states an event, with the CAMEO code it gets and how its second actor is found. A
 * trigger may require particles after it ("mettre en garde"), a reflexive pronoun before it ("se
 * rendre") or none ("se féliciter" is being pleased, not praising), or one of some object nouns
 * near it ("fournir" + "armes" is military aid, 072), or an object followed by an infinitive
 * ("wants Russia to …" is an appeal; "wants Russia's support" is not).
 */
public record Trigger(
    String lemma,
    Map<String, Set<VerbForm>> forms,
    List<String> particles,
    String cameo,
    Frame frame,
    List<String> objectStems,
    boolean reflexive,
    boolean neverReflexive,
    boolean objectThenInfinitive) {

  public Trigger {
    Objects.requireNonNull(lemma, "lemma");
    forms = Map.copyOf(forms);
    particles = List.copyOf(particles);
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(frame, "frame");
    objectStems = List.copyOf(objectStems);
  }

  /** What {@code word} is as a form of this trigger, if it is one. */
  public Optional<Set<VerbForm>> formOf(String word) {
    return Optional.ofNullable(forms.get(word));
  }

  public boolean isNoun() {
    return forms.values().stream().allMatch(f -> f.contains(VerbForm.NOUN));
  }

  /** Whether {@code word} is one of the object nouns this trigger needs (by stem: "missile" covers "missiles"). */
  public boolean isObject(String word) {
    for (String stem : objectStems) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  public boolean needsObject() {
    return !objectStems.isEmpty();
  }
}
