package org.dateline.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rows of a query, for a person or another program: column names and, per row, one value per
 * column, a {@code String}, {@code Long}, {@code Double} or {@code null}.
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

  public ResultTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
      }
      // List.copyOf refuses nulls, and null is how SQL says "unknown"
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  static ResultTable of(String... columns) {
    return new ResultTable(Arrays.asList(columns), List.of());
  }
}
