package it.storia.extractor.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The word regexes of the pattern files that only test an ending — {@code .*o}, {@code .*[aà]},
 * {@code .*(rono|ano|ono)}, {@code .*mente} — as a test of the string's end, without a {@link java.util.regex.Matcher}
 * per call. The test is the one {@code Pattern.compile(regex).matcher(x).matches()} makes: {@code .*} matches any
 * characters but line terminators, so the string must hold none and end with one of the endings (letters only).
 * Any other regex is left to {@link java.util.regex.Pattern}.
 */
final class SuffixRegex {
  private SuffixRegex() {}

  /** The test for {@code regex} when it is {@code .*} followed by endings of letters only, else null. */
  static Predicate<String> of(String regex) {
    if (!regex.startsWith(".*") || regex.length() == 2) {
      return null;
    }
    String rest = regex.substring(2);
    List<String> endings = new ArrayList<>();
    if (rest.startsWith("[") && rest.endsWith("]")) {
      String chars = rest.substring(1, rest.length() - 1);
      if (chars.isEmpty() || !letters(chars)) {
        return null;
      }
      for (int i = 0; i < chars.length(); i++) {
        endings.add(String.valueOf(chars.charAt(i)));
      }
    } else if (rest.startsWith("(") && rest.endsWith(")")) {
      for (String alt : rest.substring(1, rest.length() - 1).split("\\|", -1)) {
        if (alt.isEmpty() || !letters(alt)) {
          return null;
        }
        endings.add(alt);
      }
    } else if (letters(rest)) {
      endings.add(rest);
    } else {
      return null;
    }
    String[] ends = endings.toArray(new String[0]);
    return x -> {
      if (hasLineTerminator(x)) {
        return false;
      }
      for (String e : ends) {
        if (x.endsWith(e)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Letters only, none of them a surrogate (so a char is a code point and matches only itself). */
  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The characters {@code .} does not match without DOTALL or UNIX_LINES. */
  private static boolean hasLineTerminator(String x) {
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
