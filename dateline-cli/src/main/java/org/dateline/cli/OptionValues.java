package org.dateline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parses the option values several commands share; a bad one is a usage error naming the option and value. */
final class OptionValues {

  private OptionValues() {}

  static Optional<LocalDate> date(CommandSpec spec, String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " wants YYYY-MM-DD, a real date: '" + value + "'");
    }
  }

  /** fr, en, or auto (empty: identify it). */
  static Optional<Language> language(CommandSpec spec, String value) {
    return switch (value) {
      case "auto" -> Optional.empty();
      case "fr", "en" -> Optional.of(Language.given(value));
      default -> throw new ParameterException(spec.commandLine(), "--lang must be fr, en or auto, not '" + value + "'");
    };
  }

  static long size(CommandSpec spec, String size) {
    var m = java.util.regex.Pattern.compile("(?i)(\\d+)\\s*(B|KB|K|MB|M|GB|G)?").matcher(size.strip());
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--max-size wants a size like 500KB or 10MB, not '" + size + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    long bytes = switch (unit.charAt(0)) {
      case 'K' -> n * 1024;
      case 'M' -> n * 1024 * 1024;
      case 'G' -> n * 1024 * 1024 * 1024;
      default -> n;
    };
    if (bytes <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-size must be positive: '" + size + "'");
    }
    return bytes;
  }
}
