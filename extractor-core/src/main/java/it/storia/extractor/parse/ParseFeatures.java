package it.storia.extractor.parse;

import java.util.Locale;

/**
 * The features of an arc-eager configuration, after Zhang and Nivre (2011) "Transition-based dependency parsing
 * with rich non-local features": forms, lemmas and UPOS of the stack top (S0), the word below it (S1), the first
 * three buffer words (B0..B2), S0's head and grand-head, the leftmost and rightmost dependents of S0 and the
 * leftmost ones of B0; their pairs and triples; the S0–B0 distance; the valency (dependent counts) of S0 and B0;
 * the labels of the arcs built and the label sets of S0's and B0's dependents.
 *
 * <p>A context always has {@link #COUNT} features in a fixed order, written into a caller's array. Each feature
 * is "template id = value"; the per-word parts (form, UPOS, form/UPOS) are computed once per sentence in
 * {@link Sentence}. Stateless; thread-safe.
 */
final class ParseFeatures {
  /** The number of features of every context. */
  static final int COUNT = 81;
  /** The model format: changes whenever a feature changes. */
  static final int VERSION = 1;

  private static final String NONE = "-";

  private ParseFeatures() {}

  /**
   * The per-word strings of one sentence, index 0 being the root: the lower-cased form with digits as '0', the
   * UPOS, the lemma, and form/UPOS.
   */
  static final class Sentence {
    final String[] w;
    final String[] p;
    final String[] l;
    final String[] wp;

    Sentence(String[] forms, String[] upos, String[] lemmas) {
      int n = forms.length;
      w = new String[n + 1];
      p = new String[n + 1];
      l = new String[n + 1];
      wp = new String[n + 1];
      w[0] = "<root>";
      p[0] = "ROOT";
      l[0] = "<root>";
      wp[0] = "<root>/ROOT";
      for (int i = 0; i < n; i++) {
        w[i + 1] = shape(forms[i]);
        p[i + 1] = upos[i];
        l[i + 1] = lemmas[i].toLowerCase(Locale.ROOT);
        wp[i + 1] = w[i + 1] + '/' + upos[i];
      }
    }

    String w(int i) {
      return i < 0 ? NONE : w[i];
    }

    String p(int i) {
      return i < 0 ? NONE : p[i];
    }

    String l(int i) {
      return i < 0 ? NONE : l[i];
    }

    String wp(int i) {
      return i < 0 ? NONE : wp[i];
    }
  }

  /** The lower-cased form with each digit as '0'. */
  static String shape(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    boolean digit = false;
    for (int i = 0; i < lower.length() && !digit; i++) {
      digit = Character.isDigit(lower.charAt(i));
    }
    if (!digit) {
      return lower;
    }
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      sb.append(Character.isDigit(c) ? '0' : c);
    }
    return sb.toString();
  }

  private static String lab(ArcEager c, int i) {
    return i <= 0 || c.label[i] == null ? NONE : c.label[i];
  }

  private static int at(int[] a, int i) {
    return i < 0 ? -1 : a[i];
  }

  private static String distance(int s0, int b0) {
    if (s0 < 0 || b0 < 0) {
      return NONE;
    }
    int d = s0 == 0 ? 0 : b0 - s0;
    return d <= 4 ? Integer.toString(d) : d <= 6 ? "5" : d <= 9 ? "7" : "10";
  }

  /** Writes the {@link #COUNT} features of configuration {@code c} of sentence {@code s} into {@code out}. */
  static void extract(ArcEager c, Sentence s, String[] out) {
    int s0 = c.stack(0);
    int s1 = c.stack(1);
    int b0 = c.buffer(0);
    int b1 = c.buffer(1);
    int b2 = c.buffer(2);
    int s0h = at(c.head, s0);
    int s0h2 = s0h > 0 ? c.head[s0h] : -1;
    int s0l = at(c.leftmost, s0);
    int s0l2 = at(c.leftmost2, s0);
    int s0r = at(c.rightmost, s0);
    int s0r2 = at(c.rightmost2, s0);
    int b0l = at(c.leftmost, b0);
    int b0l2 = at(c.leftmost2, b0);
    String s0w = s.w(s0);
    String s0p = s.p(s0);
    String s0wp = s.wp(s0);
    String b0w = s.w(b0);
    String b0p = s.p(b0);
    String b0wp = s.wp(b0);
    String b1p = s.p(b1);
    String b2p = s.p(b2);
    String d = distance(s0, b0);
    String s0vl = s0 < 0 ? NONE : Integer.toString(Math.min(c.leftCount[s0], 5));
    String s0vr = s0 < 0 ? NONE : Integer.toString(Math.min(c.rightCount[s0], 5));
    String b0vl = b0 < 0 ? NONE : Integer.toString(Math.min(c.leftCount[b0], 5));
    String s0sl = s0 < 0 ? NONE : Long.toHexString(c.leftLabels[s0]);
    String s0sr = s0 < 0 ? NONE : Long.toHexString(c.rightLabels[s0]);
    String b0sl = b0 < 0 ? NONE : Long.toHexString(c.leftLabels[b0]);
    String hasHead = s0 > 0 && c.head[s0] >= 0 ? "h" : "n";
    int k = 0;
    // unigrams
    out[k++] = "a=" + s0w;
    out[k++] = "b=" + s0p;
    out[k++] = "c=" + s0wp;
    out[k++] = "d=" + s.l(s0);
    out[k++] = "e=" + b0w;
    out[k++] = "f=" + b0p;
    out[k++] = "g=" + b0wp;
    out[k++] = "h=" + s.l(b0);
    out[k++] = "i=" + s.w(b1);
    out[k++] = "j=" + b1p;
    out[k++] = "k=" + s.wp(b1);
    out[k++] = "l=" + s.w(b2);
    out[k++] = "m=" + b2p;
    out[k++] = "n=" + s.wp(b2);
    out[k++] = "o=" + s.w(s1);
    out[k++] = "p=" + s.p(s1);
    // pairs
    out[k++] = "A=" + s0wp + '|' + b0wp;
    out[k++] = "B=" + s0wp + '|' + b0w;
    out[k++] = "C=" + s0w + '|' + b0wp;
    out[k++] = "D=" + s0wp + '|' + b0p;
    out[k++] = "E=" + s0p + '|' + b0wp;
    out[k++] = "F=" + s0w + '|' + b0w;
    out[k++] = "G=" + s0p + '|' + b0p;
    out[k++] = "H=" + b0p + '|' + b1p;
    out[k++] = "I=" + s.l(s0) + '|' + s.l(b0);
    out[k++] = "J=" + s0p + '|' + s.l(b0);
    out[k++] = "K=" + s.l(s0) + '|' + b0p;
    out[k++] = "L=" + s0p + '|' + b0p + '|' + hasHead;
    // triples
    out[k++] = "M=" + b0p + '|' + b1p + '|' + b2p;
    out[k++] = "N=" + s0p + '|' + b0p + '|' + b1p;
    out[k++] = "O=" + s.p(s0h) + '|' + s0p + '|' + b0p;
    out[k++] = "P=" + s0p + '|' + s.p(s0l) + '|' + b0p;
    out[k++] = "Q=" + s0p + '|' + s.p(s0r) + '|' + b0p;
    out[k++] = "R=" + s0p + '|' + b0p + '|' + s.p(b0l);
    out[k++] = "S=" + s.p(s1) + '|' + s0p + '|' + b0p;
    // distance
    out[k++] = "T=" + s0w + '|' + d;
    out[k++] = "U=" + s0p + '|' + d;
    out[k++] = "V=" + b0w + '|' + d;
    out[k++] = "W=" + b0p + '|' + d;
    out[k++] = "X=" + s0w + '|' + b0w + '|' + d;
    out[k++] = "Y=" + s0p + '|' + b0p + '|' + d;
    // valency
    out[k++] = "Z=" + s0w + '|' + s0vr;
    out[k++] = "0=" + s0p + '|' + s0vr;
    out[k++] = "1=" + s0w + '|' + s0vl;
    out[k++] = "2=" + s0p + '|' + s0vl;
    out[k++] = "3=" + b0w + '|' + b0vl;
    out[k++] = "4=" + b0p + '|' + b0vl;
    // third order: heads and dependents
    out[k++] = "5=" + s.w(s0h);
    out[k++] = "6=" + s.p(s0h);
    out[k++] = "7=" + lab(c, s0);
    out[k++] = "8=" + s.w(s0l);
    out[k++] = "9=" + s.p(s0l);
    out[k++] = "aa=" + lab(c, s0l);
    out[k++] = "ab=" + s.w(s0r);
    out[k++] = "ac=" + s.p(s0r);
    out[k++] = "ad=" + lab(c, s0r);
    out[k++] = "ae=" + s.w(b0l);
    out[k++] = "af=" + s.p(b0l);
    out[k++] = "ag=" + lab(c, b0l);
    out[k++] = "ah=" + s.w(s0h2);
    out[k++] = "ai=" + s.p(s0h2);
    out[k++] = "aj=" + lab(c, s0h);
    out[k++] = "ak=" + s.w(s0l2);
    out[k++] = "al=" + s.p(s0l2);
    out[k++] = "am=" + lab(c, s0l2);
    out[k++] = "an=" + s.w(s0r2);
    out[k++] = "ao=" + s.p(s0r2);
    out[k++] = "ap=" + lab(c, s0r2);
    out[k++] = "aq=" + s.p(b0l2);
    out[k++] = "ar=" + lab(c, b0l2);
    out[k++] = "as=" + s0p + '|' + s.p(s0l) + '|' + s.p(s0l2);
    out[k++] = "at=" + s0p + '|' + s.p(s0r) + '|' + s.p(s0r2);
    out[k++] = "au=" + s0p + '|' + s.p(s0h) + '|' + s.p(s0h2);
    out[k++] = "av=" + b0p + '|' + s.p(b0l) + '|' + s.p(b0l2);
    // label sets
    out[k++] = "aw=" + s0w + '|' + s0sr;
    out[k++] = "ax=" + s0p + '|' + s0sr;
    out[k++] = "ay=" + s0w + '|' + s0sl;
    out[k++] = "az=" + s0p + '|' + s0sl;
    out[k++] = "ba=" + b0w + '|' + b0sl;
    out[k++] = "bb=" + b0p + '|' + b0sl;
    out[k++] = "bc=" + s0p + '|' + lab(c, s0) + '|' + b0p;
    if (k != COUNT) {
      throw new IllegalStateException("wrote " + k + " features, expected " + COUNT);
    }
  }
}
