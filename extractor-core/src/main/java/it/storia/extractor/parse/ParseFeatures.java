package it.storia.extractor.parse;

import java.util.Locale;

/**
 * The features of an arc-eager configuration, after Zhang and Nivre (2011) "Transition-based dependency parsing
 * with rich non-local features": forms, lemmas and UPOS of the stack top (S0), the word below it (S1), the first
 * three buffer words (B0..B2), S0's head and grand-head, the leftmost and rightmost dependents of S0 and the
 * leftmost ones of B0; their pairs and triples; the S0–B0 distance; the valency (dependent counts) of S0 and B0;
 * the labels of the arcs built and the label sets of S0's and B0's dependents.
 *
 * <p>A context always has {@link #COUNT} features in a fixed order, fed to a {@link Sink}. Each feature is
 * "template id = value"; the per-word parts (form, UPOS, lemma, form/UPOS) are computed once per sentence in
 * {@link Sentence}, so that extracting a context allocates nothing unless the sink does. Stateless; thread-safe.
 */
final class ParseFeatures {
  /** The number of features of every context. */
  static final int COUNT = 81;
  /** The model format: changes whenever a feature changes. */
  static final int VERSION = 1;

  /** The value of an absent word or label. */
  static final String NONE = "-";
  private static final String[] SMALL = {"0", "1", "2", "3", "4", "5"};

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
    return d <= 4 ? SMALL[d] : d <= 6 ? "5" : d <= 9 ? "7" : "10";
  }

  /**
   * Receives the features of a configuration one by one: a template id ("A=") and one to three parts, which make
   * the feature "A=part1|part2|part3". {@link Strings} builds the strings (training); the parser's scorer hashes
   * the same characters without building them.
   */
  interface Sink {
    /** A feature of one part. */
    void add(String template, String a);

    /** A feature of two parts. */
    void add(String template, String a, String b);

    /** A feature of three parts. */
    void add(String template, String a, String b, String c);

    /**
     * A feature of a part and a label set: the set's 64-bit mask in hexadecimal ({@link Long#toHexString}), or
     * {@code "-"} when {@code word} is negative (no such word).
     */
    void hex(String template, String a, int word, long mask);
  }

  /** A sink that writes the feature strings into an array, in order. Not thread-safe. */
  static final class Strings implements Sink {
    final String[] out = new String[COUNT];
    private int k;

    /** Starts a new context (the next features overwrite the array from its start). */
    Strings reset() {
      k = 0;
      return this;
    }

    @Override
    public void add(String template, String a) {
      out[k++] = template + a;
    }

    @Override
    public void add(String template, String a, String b) {
      out[k++] = template + a + '|' + b;
    }

    @Override
    public void add(String template, String a, String b, String c) {
      out[k++] = template + a + '|' + b + '|' + c;
    }

    @Override
    public void hex(String template, String a, int word, long mask) {
      out[k++] = template + a + '|' + (word < 0 ? NONE : Long.toHexString(mask));
    }

    /** The number of features written since the last reset. */
    int count() {
      return k;
    }
  }

  /** Feeds the {@link #COUNT} features of configuration {@code c} of sentence {@code s} to {@code f}. */
  static void extract(ArcEager c, Sentence s, Sink f) {
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
    String s0vl = s0 < 0 ? NONE : SMALL[Math.min(c.leftCount[s0], 5)];
    String s0vr = s0 < 0 ? NONE : SMALL[Math.min(c.rightCount[s0], 5)];
    String b0vl = b0 < 0 ? NONE : SMALL[Math.min(c.leftCount[b0], 5)];
    String hasHead = s0 > 0 && c.head[s0] >= 0 ? "h" : "n";
    // unigrams
    f.add("a=", s0w);
    f.add("b=", s0p);
    f.add("c=", s0wp);
    f.add("d=", s.l(s0));
    f.add("e=", b0w);
    f.add("f=", b0p);
    f.add("g=", b0wp);
    f.add("h=", s.l(b0));
    f.add("i=", s.w(b1));
    f.add("j=", b1p);
    f.add("k=", s.wp(b1));
    f.add("l=", s.w(b2));
    f.add("m=", b2p);
    f.add("n=", s.wp(b2));
    f.add("o=", s.w(s1));
    f.add("p=", s.p(s1));
    // pairs
    f.add("A=", s0wp, b0wp);
    f.add("B=", s0wp, b0w);
    f.add("C=", s0w, b0wp);
    f.add("D=", s0wp, b0p);
    f.add("E=", s0p, b0wp);
    f.add("F=", s0w, b0w);
    f.add("G=", s0p, b0p);
    f.add("H=", b0p, b1p);
    f.add("I=", s.l(s0), s.l(b0));
    f.add("J=", s0p, s.l(b0));
    f.add("K=", s.l(s0), b0p);
    f.add("L=", s0p, b0p, hasHead);
    // triples
    f.add("M=", b0p, b1p, b2p);
    f.add("N=", s0p, b0p, b1p);
    f.add("O=", s.p(s0h), s0p, b0p);
    f.add("P=", s0p, s.p(s0l), b0p);
    f.add("Q=", s0p, s.p(s0r), b0p);
    f.add("R=", s0p, b0p, s.p(b0l));
    f.add("S=", s.p(s1), s0p, b0p);
    // distance
    f.add("T=", s0w, d);
    f.add("U=", s0p, d);
    f.add("V=", b0w, d);
    f.add("W=", b0p, d);
    f.add("X=", s0w, b0w, d);
    f.add("Y=", s0p, b0p, d);
    // valency
    f.add("Z=", s0w, s0vr);
    f.add("0=", s0p, s0vr);
    f.add("1=", s0w, s0vl);
    f.add("2=", s0p, s0vl);
    f.add("3=", b0w, b0vl);
    f.add("4=", b0p, b0vl);
    // third order: heads and dependents
    f.add("5=", s.w(s0h));
    f.add("6=", s.p(s0h));
    f.add("7=", lab(c, s0));
    f.add("8=", s.w(s0l));
    f.add("9=", s.p(s0l));
    f.add("aa=", lab(c, s0l));
    f.add("ab=", s.w(s0r));
    f.add("ac=", s.p(s0r));
    f.add("ad=", lab(c, s0r));
    f.add("ae=", s.w(b0l));
    f.add("af=", s.p(b0l));
    f.add("ag=", lab(c, b0l));
    f.add("ah=", s.w(s0h2));
    f.add("ai=", s.p(s0h2));
    f.add("aj=", lab(c, s0h));
    f.add("ak=", s.w(s0l2));
    f.add("al=", s.p(s0l2));
    f.add("am=", lab(c, s0l2));
    f.add("an=", s.w(s0r2));
    f.add("ao=", s.p(s0r2));
    f.add("ap=", lab(c, s0r2));
    f.add("aq=", s.p(b0l2));
    f.add("ar=", lab(c, b0l2));
    f.add("as=", s0p, s.p(s0l), s.p(s0l2));
    f.add("at=", s0p, s.p(s0r), s.p(s0r2));
    f.add("au=", s0p, s.p(s0h), s.p(s0h2));
    f.add("av=", b0p, s.p(b0l), s.p(b0l2));
    // label sets
    f.hex("aw=", s0w, s0, s0 < 0 ? 0 : c.rightLabels[s0]);
    f.hex("ax=", s0p, s0, s0 < 0 ? 0 : c.rightLabels[s0]);
    f.hex("ay=", s0w, s0, s0 < 0 ? 0 : c.leftLabels[s0]);
    f.hex("az=", s0p, s0, s0 < 0 ? 0 : c.leftLabels[s0]);
    f.hex("ba=", b0w, b0, b0 < 0 ? 0 : c.leftLabels[b0]);
    f.hex("bb=", b0p, b0, b0 < 0 ? 0 : c.leftLabels[b0]);
    f.add("bc=", s0p, lab(c, s0), b0p);
  }
}
