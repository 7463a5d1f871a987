package it.storia.extractor.time;

import java.util.BitSet;

/**
 * The characters a match of a rule's regular expression can start with, derived once from the expanded regex
 * source when the rules are loaded, so that {@link RuleTemporalTagger} tries a rule only at the token starts whose
 * first character it can match.
 *
 * <p>The analysis is conservative: it reads literals, {@code \Q...\E} quotes, simple character classes, groups,
 * alternations and quantifiers; look-arounds and other zero-width constructs are skipped (they consume nothing, so
 * the next element supplies the first character); whatever it does not understand ({@code \p{..}}, {@code \s},
 * {@code .}, negated classes, back-references, a regex that can match the empty string...) makes the result
 * {@link #any() any}, and such a rule is tried everywhere, as before. Case is ignored (every rule is compiled
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, and {@code (?-i:...)} only narrows what matches): each character is
 * indexed with its upper-, lower- and folded case, and {@link #mayStart(int)} checks the same variants of the text's
 * character, a superset of what Java's case-insensitive matching accepts.
 *
 * <p>Input: an expanded regex (no {@code {@NAME}} left). Output: a set of characters or "any". Immutable and
 * thread-safe.
 */
final class StartChars {
  /** Ranges wider than this in a character class are not enumerated: the class counts as "any". */
  private static final int MAX_RANGE = 512;

  private static final StartChars ANY = new StartChars(null);

  /** The possible first characters in all case variants; null for "any". */
  private final BitSet chars;

  private StartChars(BitSet chars) {
    this.chars = chars;
  }

  /** The start characters of an expanded regex; {@link #any()} when they cannot be determined. */
  static StartChars of(String regex) {
    try {
      Parser p = new Parser(regex);
      Info info = p.alternation();
      if (p.pos != regex.length() || info.first == null || info.nullable) {
        return ANY;
      }
      return new StartChars(info.first);
    } catch (Unsupported e) {
      return ANY;
    }
  }

  /** True when the start characters could not be determined: the rule must be tried at every start. */
  boolean any() {
    return chars == null;
  }

  /** False only when no match of the regex can start with this code point (in any case). */
  boolean mayStart(int codePoint) {
    if (chars == null) {
      return true;
    }
    return has(codePoint) || has(Character.toUpperCase(codePoint)) || has(Character.toLowerCase(codePoint))
        || has(Character.toLowerCase(Character.toUpperCase(codePoint)));
  }

  private boolean has(int c) {
    return c <= Character.MAX_VALUE && chars.get(c);
  }

  @Override
  public String toString() {
    if (chars == null) {
      return "StartChars[any]";
    }
    StringBuilder s = new StringBuilder("StartChars[");
    chars.stream().forEach(c -> s.append((char) c));
    return s.append(']').toString();
  }

  /** A construct the analysis does not read: the whole regex counts as "any". */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What an element can start with ({@code first}, null = any) and whether it can match the empty string;
   * {@code quotedLength} is the number of characters of a {@code \Q...\E} quote (a quantifier after it applies to
   * its last character only), else 1.
   */
  private record Info(BitSet first, boolean nullable, int quotedLength) {
    static Info empty() {
      return new Info(new BitSet(), true, 1);
    }

    static Info any() {
      return new Info(null, false, 1);
    }
  }

  /** Recursive-descent reader of the regex syntax of {@link java.util.regex.Pattern} (the subset above). */
  private static final class Parser {
    private final String re;
    private int pos;

    Parser(String re) {
      this.re = re;
    }

    private boolean at(String s) {
      return re.startsWith(s, pos);
    }

    private char next() throws Unsupported {
      if (pos >= re.length()) {
        throw new Unsupported();
      }
      return re.charAt(pos++);
    }

    /** Alternatives up to a ')' or the end. */
    Info alternation() throws Unsupported {
      Info result = sequence();
      while (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        Info alt = sequence();
        result = new Info(union(result.first, alt.first), result.nullable || alt.nullable, 1);
      }
      return result;
    }

    private Info sequence() throws Unsupported {
      BitSet first = new BitSet();
      boolean nullable = true;
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        Info e = quantified();
        if (nullable) {
          first = union(first, e.first);
          nullable = e.nullable;
        }
      }
      return new Info(first, nullable, 1);
    }

    private static BitSet union(BitSet a, BitSet b) {
      if (a == null || b == null) {
        return null;
      }
      BitSet u = (BitSet) a.clone();
      u.or(b);
      return u;
    }

    private Info quantified() throws Unsupported {
      Info atom = atom();
      int min;
      if (pos >= re.length()) {
        return atom;
      }
      char c = re.charAt(pos);
      if (c == '?' || c == '*') {
        pos++;
        min = 0;
      } else if (c == '+') {
        pos++;
        min = 1;
      } else if (c == '{') {
        pos++;
        int start = pos;
        while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          throw new Unsupported();
        }
        min = Integer.parseInt(re.substring(start, pos));
        while (next() != '}') {
          // the maximum of {n,m} does not change the first characters
        }
      } else {
        return atom;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
      boolean nullable = atom.nullable || (min == 0 && atom.quotedLength == 1);
      return new Info(atom.first, nullable, 1);
    }

    private Info atom() throws Unsupported {
      char c = next();
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          return Info.any();
        case '^':
        case '$':
          return Info.empty();
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case '|':
          throw new Unsupported();
        default:
          return literal(c);
      }
    }

    private Info group() throws Unsupported {
      boolean zeroWidth = false;
      if (at("?")) {
        pos++;
        if (at("=") || at("!")) {
          pos++;
          zeroWidth = true;
        } else if (at("<=") || at("<!")) {
          pos += 2;
          zeroWidth = true;
        } else if (at("<")) {
          pos++;
          while (Character.isLetterOrDigit(next())) {
            // the group's name
          }
          if (re.charAt(pos - 1) != '>') {
            throw new Unsupported();
          }
        } else if (at(":") || at(">")) {
          pos++;
        } else {
          char f;
          while ((f = next()) != ':') {
            if (f == ')') {
              return Info.empty();
            }
            if (!Character.isLetter(f) && f != '-') {
              throw new Unsupported();
            }
          }
        }
      }
      Info inner = alternation();
      if (next() != ')') {
        throw new Unsupported();
      }
      return zeroWidth ? Info.empty() : new Info(inner.first, inner.nullable, 1);
    }

    private Info charClass() throws Unsupported {
      boolean negated = at("^");
      if (negated) {
        pos++;
      }
      BitSet set = new BitSet();
      boolean anyChar = negated;
      boolean firstItem = true;
      while (true) {
        char c = next();
        if (c == ']' && !firstItem) {
          return anyChar ? Info.any() : new Info(set, false, 1);
        }
        if (c == '[' || c == ']' || c == '&') {
          throw new Unsupported();
        }
        firstItem = false;
        int lo = c == '\\' ? classEscape() : c;
        if (lo < 0) {
          anyChar = true;
          continue;
        }
        if (at("-") && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
          pos++;
          char h = next();
          int hi = h == '\\' ? classEscape() : h;
          if (hi < lo || hi - lo > MAX_RANGE) {
            throw new Unsupported();
          }
          for (int x = lo; x <= hi; x++) {
            addVariants(set, (char) x);
          }
        } else {
          addVariants(set, (char) lo);
        }
      }
    }

    /**
     * An escape inside a class: the escaped punctuation character, or -1 for a shorthand whose characters are not
     * enumerated ({@code \p{L}}, {@code \s}...).
     */
    private int classEscape() throws Unsupported {
      char e = next();
      if (!Character.isLetterOrDigit(e)) {
        return e;
      }
      switch (e) {
        case 't':
          return '\t';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 'f':
          return '\f';
        default:
          skipEscapeBody(e);
          return -1;
      }
    }

    /** Consumes what follows the letter of an escape that stands for "any": {@code {L}}, {@code <name>}, digits. */
    private void skipEscapeBody(char e) throws Unsupported {
      switch (e) {
        case 'p':
        case 'P':
        case 'N':
        case 'x':
          if (at("{")) {
            while (next() != '}') {
              // the property or code point name
            }
          } else if (e == 'x') {
            pos += 2;
          } else {
            pos++;
          }
          break;
        case 'k':
          if (next() != '<') {
            throw new Unsupported();
          }
          while (next() != '>') {
            // the group's name
          }
          break;
        case 'u':
          pos += 4;
          break;
        case 'c':
          pos++;
          break;
        case '0':
          while (pos < re.length() && re.charAt(pos) >= '0' && re.charAt(pos) <= '7') {
            pos++;
          }
          break;
        case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
        case 'R': case 'X':
          break;
        default:
          if (e >= '1' && e <= '9') {
            while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
              pos++;
            }
            break;
          }
          throw new Unsupported();
      }
      if (pos > re.length()) {
        throw new Unsupported();
      }
    }

    private Info escape() throws Unsupported {
      char e = next();
      if (e == 'Q') {
        int end = re.indexOf("\\E", pos);
        String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
        pos = end < 0 ? re.length() : end + 2;
        if (quoted.isEmpty()) {
          return Info.empty();
        }
        Info first = literal(quoted.charAt(0));
        return new Info(first.first, false, quoted.length());
      }
      switch (e) {
        case 'E':
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          return Info.empty();
        case 't':
          return literal('\t');
        case 'n':
          return literal('\n');
        case 'r':
          return literal('\r');
        case 'f':
          return literal('\f');
        default:
          if (Character.isLetterOrDigit(e)) {
            skipEscapeBody(e);
            return Info.any();
          }
          return literal(e);
      }
    }

    private static Info literal(char c) throws Unsupported {
      if (Character.isSurrogate(c)) {
        throw new Unsupported();
      }
      BitSet set = new BitSet();
      addVariants(set, c);
      return new Info(set, false, 1);
    }

    private static void addVariants(BitSet set, char c) throws Unsupported {
      if (Character.isSurrogate(c)) {
        throw new Unsupported();
      }
      int[] variants = {c, Character.toUpperCase(c), Character.toLowerCase(c),
          Character.toLowerCase(Character.toUpperCase((int) c))};
      for (int v : variants) {
        if (v > Character.MAX_VALUE) {
          throw new Unsupported();
        }
        set.set(v);
      }
    }
  }
}
