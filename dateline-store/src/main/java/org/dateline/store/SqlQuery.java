package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A SELECT put together from optional conditions, each with its parameters, then run into a table. */
final class SqlQuery {

  private final String select;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  SqlQuery(String select) {
    this.select = select;
  }

  SqlQuery where(String condition, Object... values) {
    conditions.add(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  ResultTable run(Connection connection, String tail, int limit) throws SQLException {
    return run(connection, tail, limit, 0);
  }

  /** Runs the query for the rows {@code offset} to {@code offset + limit} (a page of a list). */
  ResultTable run(Connection connection, String tail, int limit, long offset) throws SQLException {
    if (offset < 0) {
      throw new IllegalArgumentException("the offset must not be negative, not " + offset);
    }
    String sql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " " + tail
        + " LIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          columns.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int c = 1; c <= columns.size(); c++) {
            row.add(value(rs, c));
          }
          rows.add(row);
        }
        return new ResultTable(columns, rows);
      }
    }
  }

  /** Whole numbers as Long, others as Double, the rest as text; SQL's null stays null. */
  private static Object value(ResultSet rs, int column) throws SQLException {
    Object v = rs.getObject(column);
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return v == null ? null : v.toString();
  }
}
