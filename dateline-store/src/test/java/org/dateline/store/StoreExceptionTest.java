package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {

  @Test
  void aFullDiskSaysSo() {
    StoreException e = StoreException.of("storing a.txt", Path.of("kb.db"),
        new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
    assertThat(e.getMessage()).isEqualTo("kb.db: storing a.txt failed: the disk is full; what was stored before is kept");
  }

  @Test
  void otherErrorsKeepTheirFirstLine() {
    StoreException e = StoreException.of("opening", Path.of("kb.db"), new SQLException("[SQLITE_CORRUPT] malformed\nmore"));
    assertThat(e.getMessage()).isEqualTo("kb.db: opening failed ([SQLITE_CORRUPT] malformed)");
  }
}
