package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/** A catalog entry: an id and the sourced figures it was built from (field name to figure). */
public interface Item {
  String id();

  Map<String, Figure> figures();
}
