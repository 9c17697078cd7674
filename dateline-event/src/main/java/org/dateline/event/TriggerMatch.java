package org.dateline.event;

import java.util.Set;

/** A trigger found at tokens [start, end) of a sentence (end is past its particles), as the forms it can be there. */
record TriggerMatch(int start, int end, Trigger trigger, Set<VerbForm> forms) {

  boolean isNoun() {
    return forms.contains(VerbForm.NOUN);
  }
}
