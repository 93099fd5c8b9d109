package io.exaplan.web;

import io.exaplan.config.InputException;
import io.exaplan.report.Commands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error bodies: {"error": one line per problem, "problems": [{field, message, line, column}]}.
 * The engine's problems read "origin:line:col: field: message" (a file or body) or "field:
 * message"; the field is split off so a page can show the message next to its input.
 */
final class Errors {
  private static final Pattern LOCATED = Pattern.compile("^(" + Pattern.quote(Requests.BODY)
      + "|" + Pattern.quote(Requests.QUERY) + "):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);
  private static final Pattern FLAG = Pattern.compile("^(--[a-z][a-z0-9-]*): (.*)$",
      Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]-]*): (.*)$",
      Pattern.DOTALL);

  private Errors() {}

  static Map<String, Object> of(InputException e) {
    List<Object> problems = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String p : e.problems()) {
      Map<String, Object> problem = problem(p);
      problems.add(problem);
      Object field = problem.get("field");
      lines.add(field == null ? (String) problem.get("message")
          : field + ": " + problem.get("message"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", String.join("\n", lines));
    body.put("problems", problems);
    return body;
  }

  /** A body with one message and no field, for 4xx and 5xx that are not input problems. */
  static Map<String, Object> message(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("problems", List.of(Map.of("message", message)));
    return body;
  }

  static Map<String, Object> problem(String line) {
    Map<String, Object> out = new LinkedHashMap<>();
    String rest = line;
    Integer row = null;
    Integer column = null;
    Matcher at = LOCATED.matcher(line);
    if (at.matches()) {
      rest = at.group(4);
      if (!at.group(1).equals(Requests.QUERY)) {
        row = Integer.valueOf(at.group(2));
        column = Integer.valueOf(at.group(3));
      }
    }
    Matcher flag = FLAG.matcher(rest);
    Matcher f = FIELD.matcher(rest);
    if (flag.matches()) {
      // a command run as on the command line names its flag: the request key is its camelCase
      out.put("field", Commands.camel(flag.group(1)));
      out.put("message", flag.group(2));
    } else if (f.matches()) {
      out.put("field", f.group(1));
      out.put("message", f.group(2));
    } else {
      out.put("message", rest);
    }
    if (row != null) {
      out.put("line", row);
      out.put("column", column);
    }
    return out;
  }
}
