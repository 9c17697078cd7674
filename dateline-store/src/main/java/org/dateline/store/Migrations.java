package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema as numbered SQL scripts ({@code migrations/NNN-name.sql}, listed in order in
 * {@code migrations/index.txt}), applied in order, each in its own transaction together with the new
 * {@code PRAGMA user_version}. A database newer than this program is refused rather than guessed at.
 */
final class Migrations {

  private static final String DIR = "migrations/";

  /** One script: its number is the schema version it brings the database to. */
  record Migration(int version, String name, String sql) {}

  private final List<Migration> migrations;

  private Migrations(List<Migration> migrations) {
    this.migrations = List.copyOf(migrations);
  }

  /** Reads the bundled scripts; a gap or disorder in their numbers is a broken build. */
  static Migrations bundled() {
    List<Migration> list = new ArrayList<>();
    for (String name : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      int version = Integer.parseInt(name.substring(0, name.indexOf('-')));
      if (version != list.size() + 1) {
        throw new IllegalStateException("migration " + name + " should be number " + (list.size() + 1));
      }
      list.add(new Migration(version, name, resource(name)));
    }
    return new Migrations(list);
  }

  int latest() {
    return migrations.size();
  }

  /**
   * Brings the database to the latest version. Each script runs in an immediate transaction that
   * re-reads the version first, so two processes opening a new database at once apply it once.
   */
  void apply(Connection connection) throws SQLException, StoreException {
    for (Migration m : migrations) {
      if (version(connection) >= m.version()) {
        continue;
      }
      Transaction.immediate(connection, () -> {
        // re-read under the write lock: another process may have applied it meanwhile
        if (version(connection) < m.version()) {
          try (Statement st = connection.createStatement()) {
            for (String sql : statements(m.sql())) {
              st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + m.version());
          }
        }
        return null;
      });
    }
    int found = version(connection);
    if (found > latest()) {
      throw new StoreException(String.format(Locale.ROOT,
          "the database has schema version %d, newer than this program's %d; update Dateline", found, latest()));
    }
  }

  static int version(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Splits a script on the semicolons that end a line; a trigger's body, whose inner statements end
   * with ";" too, is kept whole up to its {@code END;}.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inTrigger = false;
    for (String line : script.lines().toList()) {
      String code = line.strip();
      if (code.startsWith("--") || code.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (code.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      boolean ends = inTrigger ? code.equalsIgnoreCase("END;") : code.endsWith(";");
      if (ends) {
        out.add(current.toString().strip());
        current.setLength(0);
        inTrigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + name + ": a broken build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + DIR + name, e);
    }
  }
}
