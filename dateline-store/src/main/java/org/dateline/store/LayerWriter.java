package org.dateline.store;

import static org.dateline.store.ArticleWriter.setOptional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;
import org.dateline.core.Mention;
import org.dateline.core.Quantity;
import org.dateline.core.Quote;
import org.dateline.core.TimeExpression;

/** Writes the layers of one analyzed document as rows, inside the caller's transaction. */
final class LayerWriter {

  private final Connection connection;
  private final long articleId;
  private final Document doc;
  /** The article's entity ids ("E1") to their rows, and to their name keys. */
  private final Map<String, Long> entityRows = new HashMap<>();
  private final Map<String, String> entityKeys = new HashMap<>();

  LayerWriter(Connection connection, long articleId, Document doc) {
    this.connection = connection;
    this.articleId = articleId;
    this.doc = doc;
  }

  void write() throws SQLException {
    entities();
    quotes();
    claims();
    events();
    times();
    quantities();
  }

  private void entities() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO entities (article_id, local_id, type, name, name_key, country, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement mentions = connection.prepareStatement(
            "INSERT INTO mentions (entity_id, start, \"end\", text, form) VALUES (?, ?, ?, ?, ?)")) {
      for (Entity e : doc.entities()) {
        ps.setLong(1, articleId);
        ps.setString(2, e.id());
        ps.setString(3, e.type().name());
        ps.setString(4, e.name());
        ps.setString(5, Names.key(e.name()));
        setOptional(ps, 6, e.country());
        setOptional(ps, 7, e.kbId());
        ps.executeUpdate();
        long row;
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          row = keys.getLong(1);
        }
        entityRows.put(e.id(), row);
        entityKeys.put(e.id(), Names.key(e.name()));
        for (Mention m : e.mentions()) {
          mentions.setLong(1, row);
          mentions.setInt(2, m.span().start());
          mentions.setInt(3, m.span().end());
          mentions.setString(4, doc.text(m.span()));
          mentions.setString(5, m.form().name().toLowerCase(java.util.Locale.ROOT));
          mentions.addBatch();
        }
      }
      mentions.executeBatch();
    }
  }

  private void quotes() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO quotes (article_id, speaker_id, cue, via_id, kind, text, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Quote q : doc.quotes()) {
        ps.setLong(1, articleId);
        entity(ps, 2, q.speaker());
        setOptional(ps, 3, q.cue());
        entity(ps, 4, q.via());
        ps.setString(5, q.kind().name().toLowerCase(java.util.Locale.ROOT));
        ps.setString(6, doc.text(q.span()));
        ps.setInt(7, q.span().start());
        ps.setInt(8, q.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void claims() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO claims (article_id, content, cue, start, \"end\") VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement sources = connection.prepareStatement(
            "INSERT OR IGNORE INTO claim_sources (claim_id, entity_id) VALUES (?, ?)")) {
      for (Claim c : doc.claims()) {
        ps.setLong(1, articleId);
        ps.setString(2, doc.text(c.span()));
        ps.setString(3, c.cue());
        ps.setInt(4, c.span().start());
        ps.setInt(5, c.span().end());
        ps.executeUpdate();
        long row = generatedKey(ps);
        sources(sources, row, c.sources());
      }
    }
  }

  private void events() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO events (article_id, cameo, label, root_code, quad_class, actor1_id, actor1_key, actor1_country, "
                + "actor2_id, actor2_key, actor2_country, location_id, time, event_date, factuality, sentence, start, \"end\") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS);
        PreparedStatement sources = connection.prepareStatement(
            "INSERT OR IGNORE INTO event_sources (event_id, entity_id) VALUES (?, ?)")) {
      Optional<String> anchor = doc.anchorDate().map(Object::toString);
      for (Event e : doc.events()) {
        String root = e.cameo().substring(0, 2);
        ps.setLong(1, articleId);
        ps.setString(2, e.cameo());
        ps.setString(3, e.label());
        ps.setString(4, root);
        ps.setInt(5, quadClass(root));
        actor(ps, 6, Optional.of(e.actor1()));
        actor(ps, 9, e.actor2());
        entity(ps, 12, e.location());
        setOptional(ps, 13, e.time());
        setOptional(ps, 14, EventDates.firstDay(e.time(), anchor));
        ps.setString(15, e.factuality().name());
        ps.setString(16, doc.text(e.span()));
        ps.setInt(17, e.span().start());
        ps.setInt(18, e.span().end());
        ps.executeUpdate();
        sources(sources, generatedKey(ps), e.sources());
      }
    }
  }

  private void times() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO times (article_id, text, type, value, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)")) {
      for (TimeExpression t : doc.times()) {
        ps.setLong(1, articleId);
        ps.setString(2, doc.text(t.span()));
        ps.setString(3, t.type().name());
        setOptional(ps, 4, t.value());
        ps.setInt(5, t.span().start());
        ps.setInt(6, t.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void quantities() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO quantities (article_id, text, min, max, unit, approximate, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Quantity q : doc.quantities()) {
        ps.setLong(1, articleId);
        ps.setString(2, doc.text(q.span()));
        setOptional(ps, 3, q.min().map(java.math.BigDecimal::toPlainString));
        setOptional(ps, 4, q.max().map(java.math.BigDecimal::toPlainString));
        setOptional(ps, 5, q.unit());
        ps.setInt(6, q.approximate() ? 1 : 0);
        ps.setInt(7, q.span().start());
        ps.setInt(8, q.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** CAMEO's quad classes by root code: 01–05, 06–08, 09–13, 14–20. */
  static int quadClass(String root) {
    int r = Integer.parseInt(root);
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  /** Sets entity row, name key and country of an actor at {@code index}, {@code index + 1}, {@code index + 2}. */
  private void actor(PreparedStatement ps, int index, Optional<Event.Actor> actor) throws SQLException {
    Optional<String> entity = actor.flatMap(Event.Actor::entity);
    entity(ps, index, entity);
    setOptional(ps, index + 1, entity.map(entityKeys::get));
    setOptional(ps, index + 2, actor.flatMap(Event.Actor::country));
  }

  private void entity(PreparedStatement ps, int index, Optional<String> localId) throws SQLException {
    Long row = localId.map(entityRows::get).orElse(null);
    if (row == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, row);
    }
  }

  private void sources(PreparedStatement ps, long row, List<String> localIds) throws SQLException {
    for (String id : localIds) {
      Long entity = entityRows.get(id);
      if (entity != null) {
        ps.setLong(1, row);
        ps.setLong(2, entity);
        ps.addBatch();
      }
    }
    ps.executeBatch();
  }

  private static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
