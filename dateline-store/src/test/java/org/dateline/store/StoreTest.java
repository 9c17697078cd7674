package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  @Test
  void aNewDatabaseGetsTheLatestSchemaOnceAndInWalMode() throws Exception {
    Path db = dir.resolve("sub/kb.db");
    try (Store store = Store.openForWriting(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latest());
      try (var st = store.connection().createStatement(); var rs = st.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("wal");
      }
      try (var st = store.connection().createStatement(); var rs = st.executeQuery("PRAGMA foreign_keys")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    try (Store again = Store.openForWriting(db)) {
      assertThat(again.schemaVersion()).isEqualTo(Migrations.bundled().latest());
      assertThat(again.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void aDatabaseFromANewerProgramIsRefused() throws Exception {
    Path db = dir.resolve("kb.db");
    try (Store store = Store.openForWriting(db); var st = store.connection().createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> Store.openForWriting(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void scriptsSplitIntoStatementsWithTriggersWhole() {
    var statements = Migrations.statements("-- c\nCREATE TABLE t (a INT); \nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
        + "  INSERT INTO t VALUES (1);\nEND;\nCREATE INDEX i ON t(a);\n");
    assertThat(statements).hasSize(3);
    assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
  }

  @Test
  void aReadOnlyFileOrDirectoryIsAOneLineError() throws Exception {
    // root writes through file permissions: there the check is only seen on a read-only mount
    org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("user.name").equals("root"), "running as root");
    Path db = dir.resolve("kb.db");
    Store.openForWriting(db).close();
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    assertThatThrownBy(() -> Store.openForWriting(db)).hasMessage(db + ": the database file is read-only");

    Path lockedDir = dir.resolve("locked");
    Files.createDirectories(lockedDir);
    Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> Store.openForWriting(lockedDir.resolve("kb.db")))
          .hasMessage(lockedDir.toAbsolutePath() + ": the database directory is read-only");
    } finally {
      Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void readingAMissingDatabaseSaysSo() {
    assertThatThrownBy(() -> Store.openForReading(dir.resolve("none.db")))
        .hasMessageContaining("none.db: no such database");
  }
}
