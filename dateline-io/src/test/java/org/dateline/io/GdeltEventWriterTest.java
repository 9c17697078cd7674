package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GdeltEventWriterTest {

  @Test
  void hasTheCodebooksSixtyOneColumnsInOrder() {
    assertThat(GdeltEventWriter.COLUMNS).hasSize(61).doesNotHaveDuplicates();
    assertThat(GdeltEventWriter.COLUMNS.get(0)).isEqualTo("GlobalEventID");
    assertThat(GdeltEventWriter.COLUMNS.get(26)).isEqualTo("EventCode");
    assertThat(GdeltEventWriter.COLUMNS.get(29)).isEqualTo("QuadClass");
    assertThat(GdeltEventWriter.COLUMNS.get(60)).isEqualTo("SOURCEURL");
  }

  @Test
  void quadClassFollowsTheRootCode() {
    assertThat(GdeltEventWriter.quadClass("010")).isEqualTo(1);
    assertThat(GdeltEventWriter.quadClass("057")).isEqualTo(1);
    assertThat(GdeltEventWriter.quadClass("06")).isEqualTo(2);
    assertThat(GdeltEventWriter.quadClass("0872")).isEqualTo(2);
    assertThat(GdeltEventWriter.quadClass("090")).isEqualTo(3);
    assertThat(GdeltEventWriter.quadClass("1385")).isEqualTo(3);
    assertThat(GdeltEventWriter.quadClass("140")).isEqualTo(4);
    assertThat(GdeltEventWriter.quadClass("204")).isEqualTo(4);
  }

  @Test
  void aRoleSpreadsIntoItsKnownGroupAndTypes() {
    assertThat(GdeltEventWriter.roleColumns("GOV")).containsExactly("", "GOV", "", "");
    assertThat(GdeltEventWriter.roleColumns("REBHMS")).containsExactly("HMS", "REB", "", "");
    assertThat(GdeltEventWriter.roleColumns("IGOUNO")).containsExactly("UNO", "IGO", "", "");
    assertThat(GdeltEventWriter.roleColumns("")).containsExactly("", "", "", "");
  }
}
