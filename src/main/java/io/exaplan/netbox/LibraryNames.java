package io.exaplan.netbox;

import io.exaplan.config.InputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The NetBox device-type library's naming rules (its tests/device_types.py): a slug is the
 * slugified manufacturer, a dash and the slugified model; a file is named after the slugified
 * model and lives in a folder named after the manufacturer. Following them lets exported types
 * sit next to the library's without clashing and pass the library's own checks.
 */
public final class LibraryNames {
  /** The library schema's slug pattern (schema/devicetype.json). */
  static final Pattern SLUG = Pattern.compile("^[-a-z0-9_]+$");

  private LibraryNames() {}

  /** The library's manufacturer slug: "VAST Data" is "vast-data". */
  public static String manufacturerSlug(String manufacturer) {
    return manufacturer.toLowerCase(Locale.ROOT).replace(" ", "-").replace("sfp+", "sfpp")
        .replace("poe+", "poep").replace("-+", "-plus-").replace("+", "-plus").replace("_", "-")
        .replace("!", "").replace("/", "-").replace(",", "").replace("'", "").replace("*", "-")
        .replace("&", "and");
  }

  /** The library's model slug: "CBox SMC Gen6" is "cbox-smc-gen6". */
  public static String modelSlug(String model) {
    String s = model.toLowerCase(Locale.ROOT).replace(" ", "-").replace("sfp+", "sfpp")
        .replace("poe+", "poep").replace("-+", "-plus").replace("+", "-plus-").replace("_", "-")
        .replace("&", "-and-").replace("!", "").replace("/", "-").replace(",", "")
        .replace("'", "").replace("*", "-");
    return s.endsWith("-") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The device type's slug, checked against the schema's pattern and length; {@code where}
   * names the catalog entry in the message when a name cannot make a legal slug.
   */
  public static String slug(String manufacturer, String model, String where) {
    String slug = manufacturerSlug(manufacturer) + "-" + modelSlug(model);
    if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
      throw new InputException(where + ": manufacturer and model make the NetBox slug '"
          + Messages.printable(slug) + "', which the device-type library does not allow (only "
          + "a-z, 0-9, '-' and '_', at most 100 characters); rename the model");
    }
    return slug;
  }

  /**
   * "device-types/VAST Data/CBox-SMC-Gen6-2NIC.yaml": the model with dashes for spaces when
   * that folds to the model slug (the library's usual spelling), else the model slug.
   */
  public static String file(String manufacturer, String model) {
    String dashed = model.replace(' ', '-');
    String name = dashed.toLowerCase(Locale.ROOT).equals(modelSlug(model)) ? dashed
        : modelSlug(model);
    return manufacturer + "/" + name + ".yaml";
  }
}
