package org.dateline.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.ResultTable;

/** A store table as JSON objects, one per row, keyed by column name in the table's order. */
final class Rows {

  private Rows() {}

  static List<Map<String, Object>> of(ResultTable table) {
    List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
    for (List<Object> row : table.rows()) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < table.columns().size(); c++) {
        object.put(table.columns().get(c), row.get(c));
      }
      rows.add(object);
    }
    return rows;
  }
}
